/**
 * Blind held-out PHI gold set 81: an ordinary week in early spring on the voicemail of a geriatrics-heavy
 * internal-medicine practice in Pittsburgh, Pennsylvania, with a second office down in McKeesport in the Mon
 * Valley (area codes 412, 724, 878). Refill requests, lab and imaging results, referrals to UPMC and AHN
 * specialists, Medicare, Medicare Advantage, PA Medicaid (ACCESS card), PACE and Steelworkers retiree benefits,
 * home-health and personal-care-home calls, hospital discharges, snow, ice and hills that make the trip in
 * hard. Callers: elderly patients of Polish, Slovak, Croatian, Italian and Serbian descent (names with
 * diacritics or anglicised spellings), their adult children, Bhutanese-Nepali refugee families calling through
 * a son or daughter, Black families from the Hill District and Homewood, and university people from Oakland;
 * plus pharmacists, lab staff, home-health nurses and personal-care-home aides. Some messages carry no PHI.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Gaines»"); "Dr." stays inside PROVIDER. A first
 *   name or a nickname said alone is NAME; a spelled-out name ("«H-U-D-A-K»") is its own NAME span.
 * - Clinicians, and staff of this practice or of a pharmacy, lab, hospital, home-health agency or
 *   personal-care home named in their working role ("«Monique», the aide", "«Gary» at the Rite Aid") are
 *   PROVIDER; patients, callers and relatives are NAME.
 * - DATE covers full or partial calendar dates tied to the person (birth, visit, test, admission, discharge,
 *   start of care, death, deadlines for their forms), "the «19th»" with "the" outside; a weekday said with
 *   its date is inside ("«Thursday, March 19th»"). Weekdays, months or years alone, "tomorrow", "next
 *   week", clock times, durations and card expiry dates are not labelled.
 * - Every callback or fax number of a person or outside business is PHONE, with a caller's extension inside;
 *   this practice's own menu options and extensions are plain text. An abandoned false start stays outside.
 * - ADDRESS: a street address, and/or the borough, township, town or city neighbourhood ("up in «Polish
 *   Hill»", "over in «Carrick»") where a patient or caller lives or stays, including the town of the
 *   personal-care home they live in; a unit said as part of the street address ("rear", "apartment 2") is
 *   inside. Room numbers in a care home, hospital and pharmacy names and locations, the practice's offices,
 *   employers and the steel plants are not labelled.
 * - The last four of a social are SSN; chart / patient / portal numbers are MRN; Medicare (MBI), Medicare
 *   Advantage, Medicaid ACCESS card, PACE and union retiree plan member numbers are HEALTH_PLAN_ID (group
 *   numbers are not); billing account and claim numbers are ACCOUNT; a PA driver's license number is LICENSE;
 *   a licence plate is VEHICLE; pacemaker, CPAP, oxygen-concentrator and glucose-sensor serials are DEVICE.
 * - AGE only for ages over 89, the number phrase alone; younger ages, doses, blood pressures, lab values,
 *   counts, room numbers, money and years are plain text.
 * - Spoken forms say numbers as the caller did (digits with "oh" or "zero", pairs, "double", "hundred",
 *   restarts), emails with "at" and "dot", and drop diacritics as a local recogniser would.
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, V, U, IP, T } = pause;
/** An abbreviation said letter by letter ("UPMC" -> "u p m c"). */
const ab = (s: string): string => T(s, s.toLowerCase().replace(/[^a-z]/g, '').split('').join(' '));
const UPMC = ab('UPMC');
const AHN = ab('AHN');

export const BLIND81_MESSAGES: string[] = [
  // 1
  `Yes, hello, this is ${N('Stanley Wiśniewski')}, I'm a patient of ${P('Dr. Radovich')}. I need the water pill again, the furosemide, ${T('40 milligrams', 'forty milligrams')}. I go to the Giant Eagle on McKnight Road. My birthday is ${D('August 9th, 1938', 'august ninth nineteen thirty eight')}. Phone is ${PH('412-555-0131', 'four one two, five five five, oh one three one')}. Thank you, God bless.`,
  // 2
  `Hi, my name is ${N('Deborah Kostelnik')}, I'm calling about my mother, ${N('Helen Kostelnik')}. She's at Briarcliff Personal Care Home in ${AD('Pleasant Hills')} now, room ${T('118', 'one eighteen')}, and the aide there, ${P('Monique')}, says her blood pressure's been running like ${T('170 over 90', 'a hundred seventy over ninety')} the last ${T('3', 'three')} days. Mom's ${AG('91', 'ninety one')}. Can ${P('Dr. Adeyemi')} call the home or call me? I'm at ${PH('412-555-0176', 'four one two five five five oh one seven six')}. Thank you.`,
  // 3
  `Hi, it's ${N('Joe Hudak')}, I got the ${T('10:30', 'ten thirty')} tomorrow down at the McKeesport office with ${P('Colleen')}, but they never salted my street and it's a sheet of ice, I can't get the car up the hill. Can we push it to next week sometime? ${PH('412-555-0109', 'four one two, five five five, zero one zero nine')}. Hudak, ${N('H-U-D-A-K')}. Thanks.`,
  // 4
  `Hello, namaste. I am calling for my father, ${N('Tika Ram Adhikari')}. His date of birth is ${D('1/1/1946', 'one one nineteen forty six')}. He has appointment with ${P('Dr. Thapa')} on ${D('Thursday, March 19th', 'thursday march nineteenth')}, but I have to work that day, so please, we need Nepali interpreter for him, on the phone is okay. My name is ${N('Bishnu Adhikari')}, I am his son. My number is ${PH('412-555-0152', 'four one two, five five five, oh one five two')}. Thank you.`,
  // 5
  `Hi, good morning, this is ${N('Loretta Gaines')}, calling for my husband ${N('Clarence')}. He had the stress test over at Presby on the ${D('10th', 'tenth')} and nobody's called us with anything yet. His birthday is ${D('May 14th, 1944', 'may fourteenth nineteen forty four')}. Our number is ${PH('412-555-0183', 'four one two five five five oh one eight three')}. Thank you, baby.`,
  // 6
  `Hi, this is ${P('Renee')} calling from the lab at ${UPMC} McKeesport with a critical value. Patient is ${N('Milan Vuković')}, date of birth ${D('11/30/41', 'eleven thirty forty one')}, potassium came back ${T('6.4', 'six point four')}. Please have the provider call the lab back at ${PH('412-555-0140 extension 2217', 'four one two, five five five, oh one four oh, extension two two one seven')}. Thank you.`,
  // 7
  `Yeah, this is ${N('Frank Babich')}, I'm retired from the Edgar Thomson plant. My insurance is through the Steelworkers retiree plan now, the card says Highmark, member ${ab('ID')} ${H('YKJ404817265', 'y k j, four oh four, eight one seven, two six five')}, group number ${T('10427', 'one oh four two seven')}. They told me yinz still had the old one on file. ${PH('412-555-0117', 'four one two, five five five, oh one one seven')}. Okay.`,
  // 8
  `Hi, ${N('Anna Mae Dzurenko')}, ${D('2/2/37', 'two two thirty seven')}, just wondering if my bone density came back. ${PH('724-555-0126', 'seven two four, five five five, oh one two six')}. Okay, bye bye.`,
  // 9
  `Hi, I'm just calling to see what time yinz open on Saturday, if yinz are even open Saturdays. I'll try back later. Thanks.`,
  // 10
  `Hello, this is ${P('Gary')}, pharmacist at the Rite Aid in Munhall. We got a new script for Eliquis, ${T('5 milligrams', 'five milligrams')} twice a day, on ${N('Dragica Petrović')}, but she's been filling the ${T('2.5', 'two point five')} from her cardiologist. Just want to clarify which one ${P('Dr. Castellucci')} wants her on. Date of birth ${D('6/21/39', 'six twenty one thirty nine')}. Our number is ${PH('412-555-0194', 'four one two, five five five, oh one nine four')}, fax ${PH('412-555-0195', 'four one two, five five five, oh one nine five')}.`,
  // 11
  `Hi, it's ${N('Rosemarie Iannotti')}. I switched my plan for this year to the ${UPMC} for Life, the Medicare Advantage one, and my new member number is ${H('10072894301', 'one zero zero seven two, eight nine four, three zero one')}. And we moved, I'm living with my daughter now at ${AD('1140 Greentree Road, Scott Township, PA 15220', 'eleven forty greentree road, scott township, p a, one five two two oh')}. So if you could update all that. ${PH('412-555-0168', 'four one two, five five five, oh one six eight')}. Thank you, hon.`,
  // 12
  `Hi, this is ${P('Tammy Ference')}, I'm the R.N. with Three Rivers Home Health, calling on your patient ${N('Walter Stankiewicz')}. Start of care was ${D('March 9th', 'march ninth')}, and we faxed the plan of care over twice now and still need it signed by ${P('Dr. Wojciechowski')}. Our fax is ${PH('724-555-0160', 'seven two four, five five five, zero one six zero')}, and my cell is ${PH('724-555-0161', 'seven two four five five five zero one six one')}. Thanks.`,
  // 13
  `Hi, this is ${N('Priyanka Venkataraman')}, I'm a postdoc at Pitt and I just transferred my care to ${P('Dr. Brennan')}. The university needs my immunization form, the ${ab('MMR')} and hep B, uploaded by the ${D('31st', 'thirty first')}, and the portal won't let me attach it. Could someone email me? It's ${E('pvenkat22@pitt.edu', 'p venkat twenty two at pitt dot e d u')}. Thanks so much.`,
  // 14
  `Yes, hi, this is ${N('Carmela DiNardo')}, ${N('D-I-N-A-R-D-O')}. I'm calling for a refill on the Jardiance and the, um, the metoprolol. I'm almost out, I got maybe ${T('2', 'two')} days. The Giant Eagle in Bloomfield. My phone is ${PH('412-555-0102', 'four one two, five five five, oh one oh two')}. Thank you, dear.`,
  // 15
  `Hello, my name is ${N('Dil Maya Gurung')}. My, uh, I am having the letter from Medicaid, they say need the form from doctor. My date of birth ${D('January 1st, 1952', 'january first nineteen fifty two')}. My daughter ${N('Sabitra')} will call also. Number ${PH('412-555-0144', 'four one two, five five five, zero one four four')}. Thank you. Dhanyabad.`,
  // 16
  `Hey, it's ${N('Marcus Holloway')}, I'm calling for my grandmother, ${N('Bernice Staton')}. She's ${AG('94', 'ninety four')} and she fell Saturday, she's okay, but she's real sore and she's not getting up the steps good. We're at ${AD('2331 Webster Avenue', 'twenty three thirty one webster avenue')}, up in the Hill. Can somebody come out, or can yinz send the home health? My number's ${PH('412-555-0188', 'four one two, five five five, oh one eight eight')}.`,
  // 17
  `Hi, this is ${P('Kristy')} from ${AHN} Cardiology at Allegheny General. We're trying to schedule ${N('Rocco Sciulli')} for his echo, we have the referral from ${P('Dr. Radovich')} but the phone number we have for him is disconnected. If you have an updated number, could you call us at ${PH('412-555-0119', 'four one two five five five oh one one nine')}? Thank you.`,
  // 18
  `Hi, it's ${N('Dorota Kozłowska')}. I had my blood work on Monday at the Lawrenceville draw station and I saw the results on the portal, my ${T('A1C', 'a one c')} went up to ${T('7.8', 'seven point eight')}. I wanted to know if ${P('Dr. Wojciechowski')} wants to change something or if I just wait for my appointment. ${PH('412-555-0137', 'four one two, five five five, oh one three seven')}. Thank you.`,
  // 19
  `Hello, my name is ${N('Ljubica Vukovich')}, I call about my husband ${N('Dušan')}. He came home from Jefferson Hospital on ${D('Friday the 13th', 'friday the thirteenth')}, they say he has to see his doctor in one week. ${P('Dr. Castellucci')}. His birthday ${D('4/17/36', 'four seventeen thirty six')}. Our phone ${PH('412-555-0172', 'four one two, five five five, oh one seven two')}.`,
  // 20
  `Hi, yeah, this is ${N('Gene Marraccini')}. I got a bill for ${T('$212', 'two hundred and twelve dollars')} and I don't understand it, I thought Medicare and my supplement covered everything. Account number ${AC('3308417', 'three three oh eight four one seven')}. Can somebody from billing call me? ${PH('724-555-0103', 'seven two four, five five five, oh one oh three')}. Thank you.`,
  // 21
  `Hi, this is ${N('Ann Hrivnak')}, I'm calling for my dad, ${N('John Hrivnak')}. He's ${AG('92', 'ninety two')}, he's at Maple Grove Personal Care in ${AD('Elizabeth Township')}, room ${T('7', 'seven')}. They're saying he needs a new order for the oxygen, the supplier needs it faxed. The supplier number is ${PH('412-555-0155', 'four one two, five five five, oh one fifty five')}. And I'm ${PH('878-555-0110', 'eight seven eight, five five five, oh one one oh')}. Thanks.`,
  // 22
  `Hello, this message is for ${P('Joanne')}, the nurse. This is ${N('Irene Mastrangelo')} returning your call. I'll be home all day, I'm not going nowhere in this snow. ${PH('412-555-0121', 'four one two five five five zero one two one')}. Thank you.`,
  // 23
  `Hi, I'm calling to cancel for my mother, ${N('Katarina Šimić')}, she had the ${T('1:15', 'one fifteen')} on Wednesday. Her aide called off and there's no way to get her down all them steps. We'll call back to reschedule. This is her son ${N('Tony')}.`,
  // 24
  `Yeah, hi, this is ${N('Ray Kovalchick')}, I need the form done for ${T('PennDOT', 'penn dot')} for my license, the medical one, they sent me the letter because I'm over ${T('80', 'eighty')}. My driver's license number is ${L('28410936', 'two eight four one, oh nine three six')}. I can bring the form in. ${PH('412-555-0179', 'four one two, five five five, oh one seven nine')}.`,
  // 25
  `Hi, this is ${N('Sarah Lindqvist')}, I'm a patient of ${P('Dr. Brennan')}. I teach at Carnegie Mellon and I'm going to a conference in Lisbon on the ${D('28th', 'twenty eighth')}, and I wanted to ask about a travel prescription, just in case. ${PH('412-555-0146', 'four one two five five five oh one four six')}. Thanks.`,
  // 26
  `Good morning. This is ${N('Ethel Johnson')}, ${D('September 22nd, 1933', 'september twenty second nineteen thirty three')}. I'm ${AG('92', 'ninety two')} years old and I don't like leaving these messages, so you call me back. ${PH('412-555-0163', 'four one two, five five five, oh one six three')}. It's about my pressure pills. Thank you.`,
  // 27
  `Hi, this is ${N('Hari Prasad Dahal')}'s daughter, ${N('Ganga Dahal')}. My father needs to see the kidney doctor, ${P('Dr. Thapa')} said she will send referral to ${UPMC}, but the kidney office say they don't have it. His date of birth is ${D('March 15th, 1950', 'march fifteenth nineteen fifty')}. Please call me, ${PH('412-555-0190', 'four one two, five five five, oh one nine zero')}. We live in ${AD('Whitehall')}. Thank you.`,
  // 28
  `Hi, it's ${N('Bob')}, ${N('Robert Ference')}, I'm trying to get the, uh, the shingles shot, the second one. Can I get that at the pharmacy or do I gotta come in? Call me back, ${PH('724-555-0133', 'seven two four, five double five, oh one three three')}.`,
  // 29
  `This is ${P('Angela')} from Mon Valley Pharmacy in Charleroi, calling on a prior authorization for ${N('Zdenka Petrak')}, date of birth ${D('7/7/43', 'seven seven forty three')}, for the Entresto. Her plan's asking for the form from ${P('Dr. Adeyemi')}. You can call us back at ${PH('724-555-0186', 'seven two four five five five oh one eight six')}. Thank you.`,
  // 30
  `Hi, this is ${N('Kevin Obradović')}, I'm calling for my mom, ${N('Stana Obradović')}. She needs her ${ab('INR')} checked, she's on the Coumadin, ${T('4 milligrams', 'four milligrams')}, and the home health nurse stopped coming. Can we get a standing order for the lab in Homestead? Her date of birth is ${D('10/3/40', 'ten three forty')}. My cell is ${T('412-515, uh, no,', 'four one two, five one five, uh, no,')} ${PH('412-555-0113', 'four one two, five five five, oh one one three')}. Thanks.`,
  // 31
  `Hello, yes, this is ${N('Zofia Nowak')} calling. I'm, um, we live up in ${AD('Polish Hill')}, on ${AD('Brereton Street')}, and the bus doesn't come up, and my son is working, so I need the, what do you call it, the Access ride, the paratransit, they need the doctor to sign. My number is ${PH('412-555-0107', 'four one two, five five five, oh one oh seven')}. Thank you, dear.`,
  // 32
  `Hi there, it's ${P('Beverly')} from billing returning a call to Mr. ${N('Sciulli')}, please call the office back at extension ${T('204', 'two oh four')}, thank you. Oops, I called the wrong line. Sorry.`,
  // 33
  `Hey, this is ${N('Deshawn Pettaway')}, calling for my mom, ${N('Deloris Pettaway')}. She got out of Shadyside yesterday, they put her on a new heart medicine and a new water pill and she's confused about which ones to stop. Her birthday is ${D('December 2nd, 1947', 'december second nineteen forty seven')}. We're in ${AD('Homewood')}, off Frankstown. Call me at ${PH('412-555-0198', 'four one two, five five five, oh one nine eight')}, please.`,
  // 34
  `Yes, good afternoon, ${N('Ivan Kovačević')}, chart number ${M('208417', 'two oh eight four one seven')}. I want to request my records be sent to the V.A., the Heinz campus, for my hearing claim. I'll sign whatever you need. ${PH('412-555-0125', 'four one two, five five five, oh one two five')}.`,
  // 35
  `Hi, this is ${N('Maureen Tkach')}, I'm calling about my aunt, ${N('Olga Tkach')}. She passed away on ${D('March 12th', 'march twelfth')} at home, hospice was with her. I just wanted to let ${P('Dr. Radovich')} know, she thought the world of him. And to cancel her appointment on the ${D('24th', 'twenty fourth')}. If you need me, ${PH('412-555-0167', 'four one two five five five oh one six seven')}. Thank you.`,
  // 36
  `Hi, um, I'm calling to ask if ${P('Dr. Thapa')} is taking new patients. My parents are looking for a doctor who speaks Nepali. I'll call back tomorrow during the day. Thank you.`,
  // 37
  `Hello, ${N('Mirko Radaković')}. I am patient of ${P('Dr. Radovich')}. I pay my bill over the phone. Card is ${C('4716 2038 5519 2206', 'four seven one six, two zero three eight, five five one nine, two two zero six')}, expiration ${T('09/28', 'oh nine twenty eight')}. It is ${T('$45', 'forty five dollars')}, the co-pay. Thank you.`,
  // 38
  `Hi, my name is ${N('Tamika Fields')}, I'm calling for my grandfather, ${N('Otis Fields')}, his birthday is ${D('8/8/33', 'eight eight thirty three')}. He's supposed to see ${P('Dr. Adeyemi')} Thursday but he's got no ride. He's got the Medicaid and Medicare both. His ACCESS card number is ${H('3010772845', 'three oh one oh, seven seven two, eight four five')}. Can yinz set up the medical transportation? I'm at ${PH('412-555-0141', 'four one two, five five five, oh one four one')}.`,
  // 39
  `Hi, it's ${N('Peggy Sabol')}. Just letting yinz know I got my colonoscopy scheduled at Forbes for the ${D('2nd', 'second')}, so I need the prep sent to the pharmacy. The one in Monroeville. Thanks, ${P('Colleen')}. ${PH('412-555-0136', 'four one two five five five zero one three six')}.`,
  // 40
  `Good morning, I'm calling from the office of ${P('Dr. Oyelaran')}, ${AHN} Nephrology, this is ${P('Jasmine')}. We need the last ${T('2', 'two')} office notes and labs on ${N('Teodora Marković')}, date of birth ${D('February 19th, 1945', 'february nineteenth nineteen forty five')}, before her consult. Please fax to ${PH('412-555-0148', 'four one two, five five five, oh one four eight')}. Again that's ${PH('412-555-0148', 'four one two, five five five, zero one four eight')}. Thank you.`,
  // 41
  `Hi, this is ${N('Nora Chen-Whitaker')}, I'm a grad student at Pitt, I was seen on ${D('Tuesday the 10th', 'tuesday the tenth')} for the sinus thing and the antibiotic's not working, I'm on day ${T('5', 'five')}. Could someone call me? ${PH('878-555-0132', 'eight seven eight, five five five, zero one three two')}. Thanks.`,
  // 42
  `Hello, this is ${N('Štefan Bernát')}, ${N('B-E-R-N-A-T')}. I live in ${AD('Duquesne')}. I need a refill, the, uh, the Flomax, and the prostate pill, the other one, I can't say it. Pharmacy is the Walmart in West Mifflin. ${PH('412-555-0143', 'four one two, five five five, oh one four three')}.`,
  // 43
  `Hi, this is ${N('Linda Skrabak')}. My father, ${N('George Skrabak')}, has his pacemaker check coming up and the device clinic asked me for the serial number so they could match it, and I said I'd ask you too. The card he has says ${DV('PJN604219H', 'p j n six oh four two one nine h')}. His birthday's ${D('11/11/38', 'eleven eleven thirty eight')}. You can reach me at ${PH('724-555-0158', 'seven two four, five five five, oh one five eight')}. Thanks.`,
  // 44
  `Yeah, hi, it's ${N('Walt')} from over on ${AD('Eleanor Street', 'eleanor street')}, ${N('Walter Pusateri')}. My wife says I'm supposed to call, I've had this cough for ${T('2', 'two')} weeks and it's not letting up. I'm not dying, but she wants me to come in. Whatever yinz have. ${PH('412-555-0171', 'four one two, five five five, oh one seventy one')}.`,
  // 45
  `Hi, this is ${P('Marisol')} at the front desk of Sunnyview Personal Care Home, calling about ${N('Agnes Wozniak')}, she's in room ${T('214', 'two fourteen')}. We need a current medication list and a signed physician form for her annual. Our fax is ${PH('412-555-0182', 'four one two, five five five, oh one eight two')}. Thank you so much.`,
  // 46
  `Hi, um, it's ${N('Bill Mraz')}, I had the chest x-ray Friday. Just checking in on that. ${PH('724-555-0147', 'seven two four, five five five, oh one four seven')}, that's a cell.`,
  // 47
  `Hello, my name is ${N('Purna Bahadur Tamang')}. Please, my medicine is finish, the sugar medicine, metformin, ${T('500', 'five hundred')}. The pharmacy say call doctor. My son number ${PH('412-555-0157', 'four one two, five five five, oh one five seven')}, his name ${N('Suman')}. Thank you, thank you.`,
  // 48
  `Hi, it's ${N('Grace Mbeki-Lawson')}, patient ${ab('ID')} ${M('PT0048812', 'p t zero zero four eight eight one two')}. I'm trying to log into the portal and it says my account is locked. Could someone reset it? My email on file should be ${E('gracelawson58@gmail.com', 'grace lawson fifty eight at gmail dot com')}. ${PH('412-555-0128', 'four one two, five five five, oh one two eight')}.`,
  // 49
  `Yes, this is ${N('Nicholas Pappas')}, I'm calling for my mother, ${N('Eleni Pappas')}. She's ${AG('96', 'ninety six')}, sharp as a tack, but her legs are swollen up again. ${P('Dr. Brennan')} said to call if it came back. She's at ${AD('418 Rear Beltzhoover Avenue', 'four eighteen rear beltzhoover avenue')}, and the door's around back. Or call me, ${PH('412-555-0193', 'four one two, five five five, oh one nine three')}.`,
  // 50
  `Hi, this is ${N('Michelle Yurcich')}, I'm calling about the referral for my husband, ${N('Dan')}, to see the orthopedic at ${UPMC} Rooney Sports Complex. His insurance is the Steelworkers plan through Highmark, the member ${ab('ID')} is ${H('USW881204775', 'u s w, eight eight one, two oh four, seven seven five')}. They said they need the referral on file before the ${D('25th', 'twenty fifth')}. ${PH('412-555-0106', 'four one two five five five oh one oh six')}.`,
  // 51
  `Hi, this message is for ${P('Dr. Wojciechowski')}. This is ${N('Halina Piotrowski')}, I just wanted to say thank you for the card you sent when ${N('Tadeusz')} passed. It meant a lot to me. No need to call back. God bless.`,
  // 52
  `Hi, this is ${N('Aaron Feldman')}, I'm calling on behalf of my father, ${N('Morris Feldman')}, date of birth ${D('4/4/34', 'four four thirty four')}. He lives in ${AD('Squirrel Hill')}, on ${AD('Beechwood Boulevard')}, and he's ${AG('91', 'ninety one')}. He's been more confused this week. I want to talk to someone about a memory evaluation. I'm at ${PH('412-555-0159', 'four one two, five five five, oh one five nine')}. Thank you.`,
  // 53
  `Hi, this is ${N('Jennifer Kuzma')}. I got a text saying my appointment is ${D('Monday the 23rd', 'monday the twenty third')} at ${T('8:45', 'eight forty five')}, but I asked for the McKeesport office, not the city. Can someone switch it? ${PH('412-555-0177', 'four one two, five five five, oh one seven seven')}.`,
  // 54
  `Hi, yeah, I need to schedule my Medicare wellness visit. I'll call back when I have my calendar. Bye.`,
  // 55
  `Yes, hello, my name is ${N('Anthony Santucci')}, I live in ${AD('Clairton')}, I'm ${T('84', 'eighty four')}. I want to get the pneumonia shot and the, uh, the R.S.V. Do I need an appointment for that or can I walk in? ${PH('412-555-0112', 'four one two, five five five, zero one one two')}. Thank you.`,
  // 56
  `Hi, this is ${N('Chandra Kumari Subba')}'s granddaughter, ${N('Anisha Subba')}. My grandma got her diabetes sensor, the Libre, and the reader says sensor error. The serial on the box is ${DV('0M00A3K7R2', 'zero m zero zero a three k seven r two')}. The pharmacy said the doctor has to request a replacement. Her birthday is ${D('1/1/1944', 'january first nineteen forty four')}. My number is ${PH('412-555-0134', 'four one two, five five five, oh one three four')}. Thank you.`,
  // 57
  `Hi, ${P('Joanne')}, it's ${N('Paulette')} again, ${N('Paulette Grzywinski')}, I'm sorry to keep calling. The Lasix, the, he wants me taking ${T('2', 'two')} in the morning now or still just ${T('1', 'one')}? You said you'd check with ${P('Dr. Radovich')}. ${PH('412-555-0185', 'four one two, five five five, oh one eighty five')}.`,
  // 58
  `Hi, my name is ${N('Earl Whitfield')}, I'm calling for my sister ${N('Hattie Whitfield')}. She lives at ${AD('7312 Kelly Street, Apartment 2', 'seventy three twelve kelly street, apartment two')}. She's ${AG('90', 'ninety')} and she's getting the, the home care from the county, and they need the doctor's form. Her number is ${PH('412-555-0127', 'four one two, five five five, oh one two seven')}, but she don't always hear the phone, so you better call me, ${PH('412-555-0129', 'four one two, five five five, oh one two nine')}.`,
  // 59
  `Hi, this is ${P('Dr. Feldstein')} from ${UPMC} Heart and Vascular, calling for ${P('Dr. Adeyemi')} about a mutual patient, ${N('Leonard Mackey')}. Nothing urgent, I just wanted to talk about his anticoagulation before his ablation. My cell is ${PH('412-555-0100', 'four one two, five five five, oh one hundred')}. Thanks.`,
  // 60
  `Hi, it's ${N('Marie Hornyak')}, ${N('H-O-R-N-Y-A-K')}, date of birth ${D('5/30/42', 'five thirty forty two')}. Um, I had the mammogram at Magee on the ${D('12th', 'twelfth')} and they said they want me back for more pictures, and I'm, I'm nervous. Could the doctor call me? ${PH('412-555-0145', 'four one two five five five oh one four five')}.`,
  // 61
  `Yes, hello, I'm calling about the, um, the PACE card. ${N('Rudolph Zelenak')}. My PACE card number is ${H('074211932', 'oh seven four, two one one, nine three two')}, and the pharmacy says it's not going through for the Xarelto. Does the doctor have to do something? ${PH('724-555-0138', 'seven two four, five five five, zero one three eight')}.`,
  // 62
  `Hi, this is ${N('Diane Szalankiewicz')} calling for my mother ${N('Regina')}. She's at Kane in Scott Township for rehab since ${D('March 4th', 'march fourth')}, and they're talking about discharging her ${D('Friday, March 20th', 'friday march twentieth')}. She'll need home health set up and a follow-up with ${P('Dr. Wojciechowski')}. Her Medicare number is ${H('3TF4-QW8-JN52', 'three t f four, q w eight, j n five two')}. I'm at ${PH('412-555-0174', 'four one two, five five five, oh one seven four')}.`,
  // 63
  `Hey, it's ${N('Jimmy Sarkis')}, I'm running about ${T('15', 'fifteen')} minutes late for my ${T('2:40', 'two forty')}, the parkway's a parking lot. Don't give my spot away. I'll be there.`,
  // 64
  `Hello, ${N('Lidija Babić')}, my phone ${PH('412-555-0111', 'four one two, five five five, oh one one one')}. I need the paper for my son, he is my caregiver, for the, the state, the waiver program. Please call. Thank you.`,
  // 65
  `Hi, this is Deacon ${N('Calvin Staton')}, I'm calling about my blood sugar log. I've been writing it down like ${P('Dr. Adeyemi')} said, and it's been running ${T('180', 'a hundred eighty')}, ${T('200', 'two hundred')} in the mornings. I'm on the Trulicity. Call me back at ${PH('412-555-0196', 'four one two, five five five, zero one nine six')}. God bless.`,
  // 66
  `Hi, this is ${N('Lisa Marchetti')}, I'm trying to get my dad, ${N('Vincent Marchetti')}, into a personal care home and they need the ${T('PCH', 'p c h')} physical form, the medical evaluation. He's in ${AD('Penn Hills')} now but he'd be moving to one out in ${AD('Plum')}. Birthday ${D('June 6th, 1935', 'june sixth nineteen thirty five')}. My cell is ${PH('412-555-0184', 'four one two, five five five, oh one eight four')}, email is ${E('lmarchetti.rn@comcast.net', 'l marchetti dot r n at comcast dot net')}.`,
  // 67
  `Hi, it's ${N('Sue')}, you know, ${N('Suzanne Kopriva')}, I just want to move my ${D('April 1st', 'april first')} appointment later in the day, anything after ${T('1', 'one')} o'clock, my son can drive me then. ${PH('724-555-0192', 'seven two four five five five zero one nine two')}.`,
  // 68
  `Hi, this is ${P('Tiffany')}, the M.A. calling from ${P('Dr. Radovich')}'s office for ${N('Joseph Lucas')}, just to let you know your labs were all normal and we'll see you in ${T('6', 'six')} months. If you have any questions you can press ${T('2', 'two')} for the nurse line. Oh, wait, this went to our own voicemail. Never mind.`,
  // 69
  `Hello, my name is ${N('Yadav Ghimire')}. I am calling for my mother, ${N('Man Kumari Ghimire')}. She is having chest pain sometimes when she walk up the hill, on the way from the bus. Not now, now she's okay. She's the patient of ${P('Dr. Thapa')}. We live at ${AD('112 Biscayne Drive, Pittsburgh, PA 15236', 'one twelve biscayne drive, pittsburgh, p a, one five two three six')}. Please call ${PH('412-555-0142', 'four one two, five five five, oh one four two')}.`,
  // 70
  `Yeah, this is ${N('Dennis Bartos')}, I'm the son of ${N('Evelyn Bartos')}. Her insurance changed to Highmark Wholecare, the Medicaid one, since she went into the personal care home, and her member number is ${H('801163290', 'eight oh one, one six three, two nine oh')}. Birth date ${D('10/14/31', 'ten fourteen thirty one')}. She's ${AG('94', 'ninety four')}. My number is ${PH('878-555-0120', 'eight seven eight, five five five, oh one two oh')}.`,
  // 71
  `Hi, this is the ${UPMC} McKeesport emergency department, case management, ${P('Kathleen')} speaking. We're discharging ${N('Frances Kudrick')} this afternoon, date of birth ${D('3/3/39', 'three three thirty nine')}, and she needs a follow-up within ${T('7', 'seven')} days with ${P('Colleen Murtagh')}. Please call me at ${PH('412-555-0115 extension 4410', 'four one two, five five five, oh one one five, extension forty four ten')}. Thanks.`,
  // 72
  `Hello, ${N('Božena')} here, ${N('Božena Jurić')}. I'm calling because I see on my paper the appointment is the ${D('19th', 'nineteenth')} but my son says the ${D('26th', 'twenty sixth')}. Which one? I don't want to come for nothing. ${PH('412-555-0123', 'four one two, five five five, oh one two three')}.`,
  // 73
  `Hi, it's ${N('Rachel Ostrowski')}, I'm calling for my grandmother ${N('Lottie Ostrowski')}, she's ${AG('98', 'ninety eight')}. She needs to get a handicap placard renewed and ${T('PennDOT', 'penn dot')} wants the doctor's part filled out. The plate on her Buick is ${V('KZT-4418', 'k z t four four one eight')}, I don't know if yinz need that. She's in ${AD('Brentwood')}. I'm at ${PH('412-555-0135', 'four one two, five five five, oh one three five')}.`,
  // 74
  `Hi, this is ${N('Thomas Nguyen')}, I'm faculty at Pitt, in Oakland. I'm trying to schedule a new patient visit for my father-in-law, ${N('Bogdan Lewandowski')}, he's moving here from Erie. He's on Medicare, and I'm not sure if yinz take his plan. ${PH('412-555-0154', 'four one two five five five oh one five four')}. Thanks.`,
  // 75
  `Yes, this is ${N('Rose Fiorentino')}. I want to talk to somebody about the bill, the, they charged me for the flu shot and I know that's supposed to be covered. Claim number ${AC('CL20461187', 'c l two oh four six one one eight seven')}. ${PH('412-555-0161', 'four one two, five five five, oh one six one')}. Thank you.`,
  // 76
  `Hi, ${N('Elijah Brooks')} calling, um, from ${AD('Wilkinsburg')}. My ${T('CPAP', 'see pap')} machine stopped blowing air, and the supply company says I need a new prescription and the sleep study before they'll replace it. The serial number on the bottom is ${DV('23174528391', 'two three one seven four, five two eight, three nine one')}. Call me back at ${PH('412-555-0166', 'four one two, five five five, oh one sixty six')}.`,
  // 77
  `Hi, this is ${N('Magdalena Kostka')}, I'm calling about my mom, ${N('Jadwiga Kostka')}. Her hospice nurse is ${P('Carol')} from Heartland, she's asking for an order for more morphine, the liquid. Mom's at home, ${AD('5227 Holmes Street, rear', 'fifty two twenty seven holmes street, rear')}, in ${AD('Lawrenceville')}. ${PH('412-555-0104', 'four one two, five five five, oh one oh four')}. Please call as soon as you can.`,
  // 78
  `Hi, I'm, uh, I'm calling because I think I left my reading glasses in exam room ${T('3', 'three')} on Tuesday. They're in a brown case. I'll stop by. Thanks.`,
  // 79
  `Hello, this is ${N('Vera Matijević')}, date of birth ${D('April 30th, 1940', 'april thirtieth nineteen forty')}. My neighbor ${N('Doris')} drove me to the lab yesterday and they say they don't have the order for the thyroid. Can you send it again? The one in Dormont. ${PH('412-555-0153', 'four one two, five five five, zero one five three')}. Thank you.`,
  // 80
  `Hi, ${N('Kenneth Brown')}, last four of my social is ${SS('5521', 'five five two one')}, I'm calling about my prescription for the oxygen. They switched me to a portable and the concentrator serial is ${DV('INV1940227', 'i n v one nine four oh two two seven')}. They need that on the order. ${PH('724-555-0149', 'seven two four, five five five, oh one four nine')}.`,
  // 81
  `Hi, it's ${N('Gloria Hamilton')}, and I'm over on ${AD('Hamilton Avenue', 'hamilton avenue')} in ${AD('Homewood')}, funny enough. I was wondering if my potassium came back okay, ${P('Dr. Adeyemi')} said she'd call and she hasn't. ${PH('412-555-0189', 'four one two, five five five, oh one eight nine')}.`,
  // 82
  `Good morning, this is ${P('Dr. Patrick Sweeney')}, I'm covering for ${P('Dr. Brennan')} this week. Just leaving a message for the nurses, please hold any refills on controlled substances until she's back on Monday. Thank you.`,
  // 83
  `Hi, this is ${N('Sarah Kowalski')} calling for my mother-in-law, ${N('Genevieve Kowalski')}. She's ${AG('93', 'ninety three')} and lives with us in ${AD('Bethel Park')}. She has an appointment ${D('Wednesday the 25th', 'wednesday the twenty fifth')} and we'd like a telehealth visit instead, she really can't do the stairs at the office anymore. ${PH('412-555-0181', 'four one two, five five five, oh one eight one')}.`,
  // 84
  `Hello, this is ${N('Ram Bahadur Rai')}, and, um, my English not so good, my son will talk. Hello, yes, this is his son, ${N('Dipak Rai')}. My dad needs his blood pressure medicine refill, amlodipine, ${T('10 milligram', 'ten milligram')}, and his chart number is ${M('311905', 'three one one nine oh five')}. Pharmacy is the ${ab('CVS')} in Castle Shannon. Number ${PH('412-555-0130', 'four one two, five five five, oh one three oh')}. Thank you.`,
  // 85
  `Hi, this is ${N('Christine Evanovich')}, returning ${P('Kristy')}'s call about the referral for the dermatologist. The Oakland office, the Kaufmann Building, is fine. ${PH('412-555-0118', 'four one two five five five oh one one eight')}.`,
  // 86
  `Hi, it's ${N('Steve Galida')}, I'm calling for my father, ${N('Mike Galida')}. He was in Jefferson from the ${D('6th', 'sixth')} to the ${D('11th', 'eleventh')} with the pneumonia, and they told him to get a chest x-ray in ${T('6', 'six')} weeks. He's down in ${AD('Glassport')}. His date of birth is ${D('3/22/37', 'three twenty two thirty seven')}. I'm at ${PH('724-555-0187', 'seven two four, five five five, oh one eight seven')}.`,
  // 87
  `Yeah, hi, this is ${N('Mary Jo Lisowski')}. I need to pay off my balance, it's ${T('$87.40', 'eighty seven forty')}. Card is ${C('5425 7731 0046 9137', 'five four two five, seven seven three one, zero zero four six, nine one three seven')}, expiration ${T('11/27', 'eleven twenty seven')}. The account is under my name. ${PH('412-555-0116', 'four one two five five five oh one one six')}. Thank you.`,
  // 88
  `Hello, this is ${N('Olivera Stojanović')}. I call for my husband ${N('Dragan')}, he is ${AG('90', 'ninety')}. In the night he got up and he fell down in the bathroom, and now his wrist, it's swollen. Should we go to the emergency or come to you? We live in ${AD('McKees Rocks')}. ${PH('412-555-0170', 'four one two, five five five, oh one seven zero')}.`,
  // 89
  `Hi, this is ${P('Amber')} from Giant Eagle pharmacy in Bridgeville, calling for a refill authorization on ${N('Eugene Kapusta')}, ${D('1/9/40', 'one nine forty')}, for atorvastatin ${T('20 milligrams', 'twenty milligrams')}, and tamsulosin. Please call us back at ${PH('412-555-0122', 'four one two, five five five, zero one two two')}, or you can send it electronically. Thanks.`,
  // 90
  `Hello, hi, it's ${N('Frank')} and ${N('Millie Dudek')}, we're both patients of ${P('Dr. Wojciechowski')}. We wanted to get our appointments together, the same day, because our daughter drives us in from ${AD('Monessen')}. Anything in April. ${PH('724-555-0175', 'seven two four, five five five, zero one seven five')}. Thank you.`,
  // 91
  `Hi, this is ${N('Alisha Mercer')} calling for my uncle ${N('Roland Mercer')}. He went to the ${ab('ER')} at Mercy on ${D('Sunday the 15th', 'sunday the fifteenth')} for his sugar, and they said to follow up. His patient number from yinz is ${M('M-0193377', 'm zero one nine three three seven seven')}. I'm at ${PH('878-555-0140', 'eight seven eight, five five five, zero one four zero')}. He's at ${PH('412-555-0150', 'four one two, five five five, zero one fifty')}.`,
  // 92
  `Hi, this is ${N('Jakub Zieliński')}, I'm a research scientist at Carnegie Mellon, I'm a patient of ${P('Dr. Brennan')}. The portal keeps locking me out and the help desk said to tell you it's blocking my ${ab('IP')} address, ${IP('198.51.100.23', 'one ninety eight dot fifty one dot one hundred dot twenty three')}. My username is my email, ${E('jzielins@andrew.cmu.edu', 'j z i e l i n s at andrew dot c m u dot e d u')}. Thanks.`,
  // 93
  `Hi, this is ${N('Donna Perkovich')}, my mother, ${N('Mildred Perkovich')}, is ${AG('95', 'ninety five')}, and she got a letter from Medicare about her wheelchair, they need a face-to-face note. Her Medicare number is ${H('7RX2-HG5-YT19', 'seven r x two, h g five, y t one nine')}. She's in ${AD('Baldwin')}. I'm at ${PH('412-555-0108', 'four one two, five five five, oh one oh eight')}, and thanks for everything you do.`,
  // 94
  `Hi, it's ${N('Jerome Tillman')}, I'm calling because my Entresto co-pay went up to ${T('$150', 'a hundred and fifty dollars')} a month and I can't do that. Is there a coupon or something? I'm on the Aetna Medicare. ${PH('412-555-0164', 'four one two, five five five, oh one six four')}.`,
  // 95
  `Hey, this is ${N('Marty Lukacs')}, I'm a retired steelworker, out in ${AD('Irwin')}. My buddy told me yinz do the black lung and the hearing forms for the union. Is that right? I was at the Irvin Works ${T('31', 'thirty one')} years. ${PH('724-555-0114', 'seven two four, five five five, oh one one four')}.`,
  // 96
  `Hello, this is ${N('Rosa Cvetković')}, I'm calling for my husband, ${N('Petar Cvetković')}. Date of birth ${D('December 12th, 1936', 'december twelfth nineteen thirty six')}. His sugar was ${T('42', 'forty two')} this morning, I gave him the orange juice and now it's ${T('110', 'a hundred and ten')}. He's okay now. But should we lower the insulin? ${PH('412-555-0124', 'four one two, five five five, oh one two four')}. Please call.`,
  // 97
  `Hi, this is ${N('Ben Hershberger')}, I live over in ${AD('Carrick')}. I just wanted to see if my prescription for the blood thinner got sent, I'm down to my last ${T('3', 'three')}. ${T('412-55, uh,', 'four one two, five five, uh,')} sorry, ${PH('412-555-0105', 'four one two, five five five, oh one oh five')}.`,
  // 98
  `Hi, this is ${N('Keisha Allen')}, I'm the daughter of ${N('Mattie Allen')}, date of birth ${D('July 4th, 1939', 'july fourth nineteen thirty nine')}. I'm requesting a copy of her records to take to a new specialist. You can send them to me at ${E('keisha.allen412@yahoo.com', 'keisha dot allen four one two at yahoo dot com')}. I'm at ${PH('412-555-0162', 'four one two, five five five, oh one six two')}. Thank you.`,
  // 99
  `Yeah, hi, I'm calling about the snow. Is the McKeesport office open today? Nobody's answering. Okay. Thanks.`,
  // 100
  `Hi, it's ${N('Philomena Zappala')}, that's ${N('Z-A-P-P-A-L-A')}. I'm ${AG('93', 'ninety three')}, I'll be ${AG('94', 'ninety four')} on the ${D('22nd', 'twenty second')}, and I need a refill on my eye drops. ${PH('412-555-0187', 'four one two, five five five, oh one eight seven')}. Thank you, sweetheart.`,
  // 101
  `This is ${P('Brian')} from Lincare, calling about an oxygen order on ${N('Harold Kurtz')}, ${D('4/19/44', 'four nineteen forty four')}, we need the ${T('CMN', 'c m n')} signed and a recent sat. Fax ${PH('412-555-0197', 'four one two, five five five, oh one nine seven')}, phone ${PH('412-555-0199', 'four one two, five five five, oh one nine nine')}, thanks.`,
  // 102
  `Hi, my name is ${N('Sunita Bhattarai')}, I am calling for my mother-in-law, ${N('Tulsi Devi Bhattarai')}, her date of birth is ${D('January 1st, 1941', 'january first nineteen forty one')}. She has the medical assistance, her card number is ${H('9100437726', 'nine one zero zero, four three seven, seven two six')}. The new pharmacy says she's not covered for the eye drops. Please call ${PH('412-555-0178', 'four one two, five five five, oh one seven eight')}.`,
  // 103
  `Hi, this is ${N('Walter Stankiewicz')}'s wife, ${N('Dolores')}. The home health nurse, ${P('Tammy')}, was here this morning and said his legs look worse, she's going to call yinz. I just wanted you to know. ${PH('724-555-0191', 'seven two four, five five five, zero one nine one')}.`,
  // 104
  `Hi, yeah, this is ${N('Luke Pavlik')}, I'm calling for my grandpa, ${N('Andrej Pavlik')}, he goes by ${N('Andy')}. He's got the sores on his feet again, and the podiatrist out in Canonsburg wants a referral. His Medicare number is ${H('5MN1-AB3-KP88', 'five m n one a b three k p eight eight')}. He lives at ${AD('640 Walnut Street, Charleroi', 'six forty walnut street, charleroi')}. I'm at ${PH('724-555-0100', 'seven two four, five five five, oh one hundred')}.`,
  // 105
  `Hi, this is ${N('Janice Kelly')}. I had my follow-up with the kidney doctor at ${AHN} on the ${D('16th', 'sixteenth')}, and they wanted me to tell ${P('Dr. Castellucci')} to stop the ibuprofen and the lisinopril, ${T('20', 'twenty')}. Just so yinz know. ${PH('412-555-0138', 'four one two, five five five, oh one three eight')}.`,
  // 106
  `Hi, this is ${N('Gabrielle Dorsey')}, I'm calling because my mom, ${N('Inez Dorsey')}, needs to switch to yinz, her doctor in Squirrel Hill retired. She's ${T('78', 'seventy eight')}, she's got diabetes and the heart failure. She lives with me in ${AD('Stanton Heights')}. Call me at ${PH('412-555-0192', 'four one two, five five five, oh one nine two')}, or email ${E('gdorsey@pitt.edu', 'g dorsey at pitt dot e d u')}.`,
  // 107
  `Hello, hello? Is this the doctor? Oh, it's the machine. This is ${N('Matilda Kraus')}. Call me. ${PH('412-555-0139', 'four one two, five five five, oh one three nine')}. Thank you.`,
  // 108
  `Hi, it's ${N('Daniel Novak')}, I'm calling for my mom ${N('Mary Novak')}, we need a letter for the Steelworkers pension office saying she needs help at home. My dad was at U.S. Steel in Clairton until ${T('1983', 'nineteen eighty three')}. Her birth date is ${D('2/14/34', 'two fourteen thirty four')}. You can email the letter to ${E('dnovak.pgh@gmail.com', 'd novak dot p g h at gmail dot com')}. ${PH('412-555-0165', 'four one two, five five five, oh one six five')}.`,
  // 109
  `Yes, hi, ${N('Margaret Bishop')}, ${D('March 1st, 1930', 'march first nineteen thirty')}. I'm ${AG('96', 'ninety six')}. I need my appointment changed, I can't come on the ${D('18th', 'eighteenth')}, my granddaughter has to work. ${PH('412-555-0173', 'four one two, five five five, oh one seven three')}.`,
  // 110
  `Hi, this is ${N('Curtis Jenkins')}, I have a question about my Ozempic, the pharmacy only gave me the ${T('0.25', 'point two five')} again and ${P('Dr. Adeyemi')} said go up to the ${T('0.5', 'point five')}. Can yinz fix that? ${PH('412-555-0186', 'four one two, five five five, oh one eight six')}.`,
  // 111
  `Hi, it's ${N('Laura Petrosky')}, I'm calling to pay on my father's account, ${N('Edward Petrosky')}, the account number is ${AC('2290144', 'two two nine oh one four four')}, it's ${T('$60', 'sixty dollars')}. I'll use my Discover, ${C('6011 4402 8817 3059', 'six zero one one, four four zero two, eight eight one seven, three zero five nine')}, expires ${T('3/29', 'three twenty nine')}. Thank you.`,
  // 112
  `Hi, this is ${N('Kim Trinh')}, I'm a nurse practitioner student at Pitt and I'm also a patient there, ${P('Dr. Brennan')}. I just need a copy of my ${ab('TB')} test result and my titer. I uploaded a picture of the form at ${U('https://tinyurl.com/ktrinh-forms', 'tiny u r l dot com slash k trinh dash forms')}. ${PH('878-555-0115', 'eight seven eight, five five five, oh one one five')}.`,
  // 113
  `Hi, it's ${N('Leo Bertolino')} calling. Just checking on the referral to Hillman for the, for the lung nodule, ${P('Dr. Radovich')} said he'd put it in. ${PH('412-555-0169', 'four one two, five five five, oh one six nine')}. I'm ${T('79', 'seventy nine')}, I don't wanna wait forever, you know?`,
  // 114
  `Hello, this is ${N('Amira Haddad')}, a new patient. I was told to bring my last ${T('3', 'three')} years of records, my old doctor was in Cleveland. I just moved to ${AD('Mount Washington', 'mount washington')}, ${AD('Grandview Avenue', 'grandview avenue')}. What's the best fax number to give them? ${PH('412-555-0180', 'four one two, five five five, oh one eight zero')}. Thank you.`,
  // 115
  `Hi, this is ${N('Zlatko Horvat')}. ${N('Horvat')}, ${N('H-O-R-V-A-T')}. I am calling for the refill of my insulin, the Basaglar, and the pen needles, ${T('100', 'one hundred')} of them. ${PH('412-555-0160', 'four one two, five five five, oh one six oh')}. Thank you very much.`,
  // 116
  `Hi, good morning, this is ${N('Betty Ann Sopko')} from ${AD('Port Vue')}. I'm calling to say my husband ${N('Chester')} passed on ${D('Saturday the 14th', 'saturday the fourteenth')}. Please take him off the list for the ${D('April 9th', 'april ninth')} appointment. ${PH('412-555-0151', 'four one two, five five five, oh one five one')}. Thank you for taking care of him all those years.`,
];
