/**
 * Blind held-out PHI gold set 47: an ordinary two weeks in late spring on the voicemail of a large
 * internal-medicine group in Houston, Texas, with offices in Alief, Bellaire, Pasadena, Katy and Sugar Land
 * (area codes 713, 281, 832, 346). The everyday mix of adult medicine: refills, diabetes and blood-pressure
 * follow-ups, lab and imaging results, specialist referrals, prior authorisations, hospital discharges from
 * the Medical Center, home-health orders and plans of care, disability, FMLA and disabled-plate paperwork,
 * billing statements and payment plans, insurance changes (Medicare Advantage, Medicaid STAR+PLUS,
 * marketplace plans). Callers of many origins (Vietnamese, Nigerian, Mexican, Salvadoran, Pakistani, Indian,
 * Chinese, Black and white Texan families); adult children call for parents; some speak haltingly and repeat
 * numbers, some give a birth date day-first by mistake and correct it, some leave a cell and a work number.
 * A few calls come from pharmacies, home-health agencies, hospitals, imaging centres and other offices.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Okafor»"); "Dr." stays inside PROVIDER.
 * - Clinicians, and staff of this practice, pharmacies, labs, hospitals, home-health agencies, imaging centres
 *   and other medical offices named in their working role ("«Monique», the RN with ...") are PROVIDER;
 *   patients, callers, relatives, and everyone else (an employer's HR contact, a neighbour) are NAME.
 * - A spelled-out name ("«A-M-A-Y-A»") is its own NAME span; a first name said alone is NAME; Jr./Sr. are
 *   inside the NAME span. Names that are also words or weekdays/months (Sunday, April, June, Precious) are NAME.
 * - DATE covers a full or partial calendar date tied to a person (birth, visit, lab, admission, discharge,
 *   leave, plan start, due dates, "the «22nd»" with "the" outside); a weekday said with its date is inside.
 *   A birth date first said day-first by mistake and then corrected is labelled both times (both say it);
 *   a false start of a month alone stays outside. Weekdays, months or years alone, relative words, clock
 *   times, durations and card expiry dates are not labelled.
 * - Every callback or fax number of a person or outside business is PHONE, with a caller's extension inside;
 *   this practice's menu options and extensions are not labelled. A full repeat of a number is a new span;
 *   an abandoned false start stays outside.
 * - Last four of a social, or a full social, is SSN. Chart, patient, portal and hospital record numbers are
 *   MRN; billing statement account numbers and claim numbers are ACCOUNT; Medicare, Medicaid, Medicare
 *   Advantage and marketplace member IDs are HEALTH_PLAN_ID (group numbers and Rx BIN are not labelled);
 *   a driver's or nursing licence number is LICENSE; a licence plate is VEHICLE; sensor, CPAP and meter
 *   serial numbers are DEVICE.
 * - A street address and/or the town or neighbourhood (Alief, Pasadena, Katy ...) where a patient or caller
 *   lives or is staying (including the town of a nursing home a patient lives in) is ADDRESS, one span when
 *   said together; the group's own offices, pharmacies, hospitals, employers and streets named only to locate
 *   a business are not labelled.
 * - AGE only for ages over 89 (the number phrase alone); younger ages, doses, lab values, blood pressures,
 *   counts, room numbers and money are plain text.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", pairs, "double",
 *   "hundred", repeats; emails with "at" and "dot" and spelled letters where callers spell.
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, V, T } = pause;

export const BLIND47_MESSAGES: string[] = [
  // 1
  `Hello, this is ${N('Tran Van Minh')}. ${N('Minh')}. I need the medicine for the blood pressure, lisinopril, ${T('20 milligram', 'twenty milligram')}. Only ${T('3', 'three')} left. Birthday ${D('8/2/1951', 'eight, two, nineteen fifty one')}. Phone ${PH('713-555-0143', 'seven one three, five five five, oh one four three')}. ${PH('713-555-0143', 'seven one three, five five five, oh one four three')}. Thank you.`,
  // 2
  `Good afternoon, my name is ${N('Chiamaka Eze')}, I'm calling for my father, ${N('Emmanuel Eze')}, date of birth ${D('November 19th, 1948', 'november nineteenth nineteen forty eight')}. He was discharged from Houston Methodist on ${D('Monday, May 12th', 'monday may twelfth')} after the heart failure admission, and the papers say he needs to see ${P('Dr. Okafor')} within ${T('7', 'seven')} days. They also increased his Lasix to ${T('40', 'forty')} twice a day. Please call me at ${PH('832-555-0117', 'eight three two, five five five, oh one one seven')}. Thank you.`,
  // 3
  `Hi, good morning, this is ${N('Guadalupe Hernández')}. I have the appointment for the diabetes on the ${D('22nd', 'twenty second')}, but I need to do the labs before, the ${T('A1C', 'a one c')}, and I don't know if I need to be fasting or no. My number is ${PH('281-555-0186', 'two eight one, five five five, zero one eight six')}. Gracias.`,
  // 4
  `Hi, this is ${P('Monique')}, I'm the RN with Bayou Star Home Health. I'm calling about our patient ${N('Wilbur Haskins')}, date of birth ${D('2/27/1940', 'two twenty seven nineteen forty')}. We faxed the plan of care over for ${P('Dr. Abernathy')} to sign on ${D('May 6th', 'may sixth')} and we still don't have it back, and we can't bill until it's signed. Our fax is ${PH('713-555-0190', 'seven one three five five five oh one nine oh')} and my direct line is ${PH('713-555-0191', 'seven one three five five five oh one nine one')}. Thanks so much.`,
  // 5
  `Assalamu alaikum, hello, this is ${N('Farhan Qureshi')}. The Walgreens on Bellaire said the Ozempic needs a prior authorization from my insurance, it's the Blue Cross marketplace plan. My member ID is ${H('XNF417722908', 'x n f, four one seven, seven two two, nine oh eight')}. Please send it, I am out since Saturday. ${PH('346-555-0128', 'three four six, five five five, zero one two eight')}.`,
  // 6
  `Hi, yeah, I was just wondering what time your Katy office opens on Saturdays, and if they do walk-in blood draws there or only at the Bellaire location. I'll try back later. Thanks.`,
  // 7
  `Hi, it's ${N('Jasmine Broussard')}. I dropped off FMLA paperwork for ${P('Dr. Delacroix')} about ${T('2', 'two')} weeks ago, it's for intermittent leave for my migraines. My job needs it back by ${D('May 30th', 'may thirtieth')} or they're gonna count my absences against me. Can you fax it straight to HR at ${PH('713-555-0175', 'seven one three, five five five, oh one seven five')}? Attention ${N('Brenda Oakes')}. And my cell is ${PH('832-555-0152', 'eight three two, five five five, oh one five two')}. Thank you.`,
  // 8
  `Yes ma'am, this is ${N('Bobby Ray Pruitt')}, I live out in ${AD('Deer Park')}. I switched my Medicare over to one of them Advantage plans, the Wellcare, starting ${D('May 1st', 'may first')}. The new card says member ID ${H('W8837162045', 'w eight eight three, seven one six, two oh four five')}. Y'all want me to bring the card in or is that good? ${PH('281-555-0134', 'two eight one, five five five, oh one three four')}.`,
  // 9
  `Hi, my name is ${N('LaTonya Jefferson')}. I got a statement for ${T('$642.18', 'six hundred forty two dollars and eighteen cents')} and I can't pay that all at once. I wanted to see if I can do a payment plan, like ${T('$50', 'fifty dollars')} a month. The account number on the statement is ${AC('HX-2290417', 'h x, two two nine, oh four one seven')}. You can reach me after ${T('4', 'four')} at ${PH('832-555-0163', 'eight three two, five five five, oh one six three')}.`,
  // 10
  `Hello, good morning. My name is ${N('Lakshmi Subramanian')}, ${N('S-U-B-R-A-M-A-N-I-A-N', 's u b r a m a n i a n')}. Date of birth ${D('14/3/1962', 'fourteen, three, nineteen sixty two')}, sorry, sorry, ${D('March 14th, 1962', 'march fourteenth nineteen sixty two')}. I had the thyroid ultrasound at the imaging center on Fannin last week and I want to know the result. ${PH('281-555-0119', 'two eight one five five five zero one one nine')}.`,
  // 11
  `Hey, it's me again about the referral. Nobody called me back yesterday. Please call me back.`,
  // 12
  `Hi, I'm calling for my mother, ${N('Zhang Xiulan')}. She is ${AG('91', 'ninety one')}. She has Medicaid ${T('STAR+PLUS', 'star plus')}, and the service coordinator said ${P('Dr. Huang')} needs to fill the form for her attendant hours. Her Medicaid number is ${H('520384716', 'five two oh, three eight four, seven one six')}. I am her son, ${N('David Zhang')}. ${PH('832-555-0109', 'eight three two, five five five, oh one oh nine')}. Thank you.`,
  // 13
  `Hi, this is ${P('Rahul')}, pharmacist at the CVS on Highway ${T('6', 'six')} in Sugar Land. I have a new prescription for ${N('Oluwaseun Adeyemi')}, ${T('DOB', 'd o b')} ${D('7/7/1979', 'seven seven seventy nine')}, for clarithromycin, and he's also on simvastatin ${T('40', 'forty')}. Wanted to check with ${P('Dr. Shah')} if we should hold the statin or change the antibiotic. Pharmacy number is ${PH('281-555-0150', 'two eight one, five five five, oh one five oh')}. Thanks.`,
  // 14
  `Hi, this is ${N('Earline Thibodeaux')}. ${P('Dr. Delacroix')} asked me to call in my blood pressure numbers. This morning it was ${T('158 over 92', 'one fifty eight over ninety two')}, last night ${T('149 over 88', 'one forty nine over eighty eight')}. I'm taking the amlodipine ${T('10', 'ten')} and the losartan ${T('100', 'a hundred')}. Call me if she wants me to change something, ${PH('713-555-0122', 'seven one three five five five oh one two two')}.`,
  // 15
  `Hello, buenas tardes, my name is ${N('Rosa Amaya')}, ${N('A-M-A-Y-A', 'a m a y a')}. I need the refill for metformin and the, the glipizide. My birthday is ${D('9/4/1970', 'nine four nineteen seventy')}. My cell is ${PH('346-555-0137', 'three four six, five five five, zero one three seven')}, and work is ${PH('713-555-0160', 'seven one three, five five five, zero one six zero')}, but at work I can't answer until lunch, ${T('12:30', 'twelve thirty')}. Thank you.`,
  // 16
  `Hey, this is ${N('Jesús Villarreal')}, I'm calling for my dad, ${N('Ramiro Villarreal')}. He needs a referral to the cardiologist at Memorial Hermann, ${P('Dr. Castañeda')}, for the echo. His Medicare number is ${H('3QK7-RT4-HN62', 'three q k seven, r t four, h n six two')}. He's got a supplement too but I don't have that card on me. My number's ${PH('281-555-0177', 'two eight one, five five five, oh one seventy seven')}.`,
  // 17
  `Good morning, my name is ${N('Ngozi Okonkwo-Bello')}. I am a new patient, I registered online, and the portal is asking for my driver's license number, which I entered, ${L('31847520', 'three one eight four, seven five two oh')}, but it keeps saying error. Can somebody email me the paper forms instead? ${E('ngozi.okbello@yahoo.com', 'n g o z i dot o k bello at yahoo dot com')}. Thank you.`,
  // 18
  `Hi, this is ${N('Derrick Washington')}. My mother, ${N('Hattie Washington')}, is up at Ben Taub, room ${T('614', 'six fourteen')}, she got admitted ${D('Sunday, May 18th', 'sunday may eighteenth')} with pneumonia. The doctors there want her records from y'all, her med list and her last echo. They said fax it to ${PH('713-555-0188', 'seven one three five five five oh one eight eight')}. I'm at ${PH('832-555-0114', 'eight three two five five five oh one one four')}.`,
  // 19
  `Yeah, calling to see if my potassium came back okay, they said it was a little high last time, ${T('5.4', 'five point four')}. Call me back at ${PH('713-555-0105', 'seven one three, five five five, oh one oh five')}. It's ${N('Curtis Moody')}.`,
  // 20
  `Hi, this is ${N('Sharon Kessler')}, I'd like to pay my balance, it's ${T('$85', 'eighty five dollars')}. I'll just give you the card. It's a Visa, ${C('4512 0173 8846 0211', 'four five one two, oh one seven three, eight eight four six, oh two one one')}, expires ${T('11/27', 'eleven twenty seven')}. Account number ${AC('70044519', 'seven double oh four, four five one nine')}. Call me if it doesn't go through, ${PH('281-555-0145', 'two eight one five five five oh one four five')}.`,
  // 21
  `Hi, it's ${N('Nguyen Thi Lan')}, calling for my husband ${N('Pham Duc Hoa')}. He do the CT scan of the belly on ${D('May 8', 'may eight')} at the Memorial Hermann in Southwest, and ${P('Dr. Nguyen')} say she will call with result. Nobody call yet. He is worried. Please call, ${PH('832-555-0131', 'eight three two, five five five, oh one, three one')}. Again, ${PH('832-555-0131', 'eight three two, five five five, oh one three one')}. Thank you.`,
  // 22
  `Hello, this is ${N('Ayesha Siddiqui')}. I need a letter for my son's school, no, sorry, for me, for my work, that I was sick ${D('Tuesday the 13th', 'tuesday the thirteenth')} and ${D('Wednesday the 14th', 'wednesday the fourteenth')}. I saw ${P('Dr. Iqbal')} on Tuesday. You can put it in the portal. Thank you.`,
  // 23
  `Hey, good morning, ${N('Wade Tolliver')} here. I need to get my sugar pills refilled, the Jardiance, ${T('25', 'twenty five')}. And the, uh, the Tradjenta, I'm out of that one too. H-E-B on Fairmont Parkway. Birthday's ${D('6/11/58', 'six eleven fifty eight')}. ${PH('281-555-0193', 'two eight one, five five five, oh one ninety three')}. Appreciate it.`,
  // 24
  `This message is for the referral coordinator. I'm calling from ${P('Dr. Obuya')}'s office at Texas Kidney Associates, my name is ${P('Keisha')}. We received a referral for ${N('Marvin Alvarenga')}, date of birth ${D('1/23/1966', 'one twenty three sixty six')}, but the last ${T('2', 'two')} BMPs weren't attached. Could you fax them to ${PH('713-555-0181', 'seven one three, five five five, zero one eight one')}? Our phone is ${PH('713-555-0180', 'seven one three, five five five, zero one eight zero')}. Thank you.`,
  // 25
  `Hi, my name is ${N('Wanda Kay Sutton')}. I got a bill from y'all for a visit on ${D('March 4th', 'march fourth')} and it says insurance denied it, but I had the same insurance, Cigna, the whole year. The claim number on there is ${AC('C2025-0418873', 'c twenty twenty five, oh four one eight, eight seven three')}. Could somebody rebill it? ${PH('346-555-0102', 'three four six five five five oh one oh two')}.`,
  // 26
  `Hi, this is ${N('Rajesh Venkataraman')}, calling for my father-in-law, ${N('Krishnan Iyer')}. He's visiting from India, staying with us in ${AD('Sugar Land')}, and he ran out of his amlodipine. He's not a patient, so I want to know if he can be seen as a new patient, cash pay. What does that cost? Please call ${PH('832-555-0140', 'eight three two five five five oh one forty')}.`,
  // 27
  `Hi, it's ${N('Dolores Treviño')}. I'm returning a call from ${P('Yesenia')}, about my colonoscopy referral. I'm home all day. ${PH('713-555-0126', 'seven one three, five five five, oh one two six')}.`,
  // 28
  `Hello, this is ${P('Tamika')} with the case management department at St. Luke's. We're discharging ${N('Jerome Batiste')}, ${D('4/2/1955', 'four two fifty five')}, today, and he'll need home health for wound care and PT. We need a face-to-face and orders from his PCP, ${P('Dr. Abernathy')}. Hospital MRN is ${M('M004471932', 'm, oh oh four, four seven one, nine three two')}. Please call me at ${PH('832-555-0155 extension 3417', 'eight three two, five five five, oh one five five, extension three four one seven')}.`,
  // 29
  `Hi, this is ${N('Chen Li Mei')}, the name on the chart is ${N('Limei Chen')}, sorry, it's confusing. I want to ask about my cholesterol. ${P('Dr. Lin')} said maybe start the statin. I am a little afraid of it. Can the nurse call me? ${PH('281-555-0111', 'two eight one five five five zero one one one')}.`,
  // 30
  `Yes, I'm calling about the billing. I was charged twice for the same visit, ${T('$40', 'forty dollars')} and ${T('$40', 'forty dollars')} again. This is ${N('Terrence Holloway')}, and my patient ID is ${M('GC0082175', 'g c oh oh eight two one seven five')}. ${PH('713-555-0164', 'seven one three, five five five, oh one six four')}, thank you.`,
  // 31
  `Hi, uh, my Dexcom sensor fell off after ${T('3', 'three')} days and Dexcom says they need the doctor's office to send a new prescription because the old one's for the ${T('G6', 'g six')} and I'm on the ${T('G7', 'g seven')} now. The transmitter, uh, the serial on the back is ${DV('1T84C2Q9J7', 'one t eight four c two q nine j seven')}. It's ${N('Kayla Dunn')}. ${PH('346-555-0176', 'three four six, five five five, zero one seven six')}.`,
  // 32
  `Hi, I'm calling for my grandmother, ${N('Ozella Graves')}. She's ${AG('ninety-four', 'ninety four')}, she lives with me in ${AD('Missouri City')}. She's been more confused the last ${T('2', 'two')} days and not eating. Should I take her to the ER or can ${P('Dr. Abernathy')} see her? This is ${N('Tiffany')}. ${PH('832-555-0199', 'eight three two, five five five, oh one nine nine')}.`,
  // 33
  `Hello? Hello. Okay. This is ${N('Adebayo Ogunleye')}, I'm calling, uh, because I need a refill of the, my cholesterol medicine, atorvastatin, ${T('40 milligrams', 'forty milligrams')}. Date of birth ${D('12/10/1974', 'twelve ten nineteen seventy four')}, ${D('December 10th', 'december tenth')}. Thank you, ${PH('281-555-0123', 'two eight one, five five five, oh one two three')}.`,
  // 34
  `Hey, this is ${N('Kyle Brandenburg')}. Just confirming my physical on ${D('Thursday the 29th', 'thursday the twenty ninth')}, do I need to fast for that? Okay, thanks. Bye.`,
  // 35
  `Hi, I'm calling from Sunrise Imaging in Katy, this is ${P('Marisol')}. We have ${N('Beatriz Coronado')} scheduled for a mammogram and a bone density tomorrow, and her insurance is requiring an order with a diagnosis code for the DEXA. Could ${P('Dr. Montemayor')}'s nurse send that over? Fax ${PH('281-555-0168', 'two eight one five five five oh one six eight')}. Thanks.`,
  // 36
  `Hi, this is ${N('Hussain Malik')}. I have to do the disability paperwork for Social Security, and they said the doctor's office needs to sign the release. My social is ${SS('987-65-4321', 'nine eight seven, six five, four three two one')}. My appointment with ${P('Dr. Iqbal')} is ${D('June 3rd', 'june third')}, but they need it before that. ${PH('346-555-0114', 'three four six, five five five, oh one one four')}.`,
  // 37
  `Hi, this message is for ${P('Dr. Okafor')}'s nurse. This is ${N('Ifeoma Nwosu')}. My blood sugar this morning was ${T('312', 'three twelve')} and yesterday ${T('280', 'two eighty')}. I've been taking the ${T('30 units', 'thirty units')} of Lantus like he said. I'm feeling okay, just thirsty. ${PH('832-555-0105', 'eight three two five five five oh one oh five')}.`,
  // 38
  `Hi. My dad is ${N('Harold Kimbrough')}, he's ${T('82', 'eighty two')}, and he fell on ${D('Friday, May 16th', 'friday may sixteenth')} at home in ${AD('Bellaire')}. He didn't break anything but the ER doctor at Memorial said follow up with his primary within a week. Can we get him in with ${P('Dr. Whitley')}? I'm his daughter, ${N('Anne Kimbrough-Ross')}. ${PH('713-555-0132', 'seven one three, five five five, oh one three two')}, that's my cell, or my office, ${PH('713-555-0170 extension 226', 'seven one three five five five oh one seventy, extension two two six')}.`,
  // 39
  `Hi, I'm trying to find out if y'all take the Ambetter plan. I'm shopping for insurance and my regular doctor retired. I'll call back during the day. Thanks.`,
  // 40
  `This is ${N('Marcus Thibodeaux')}, ${N('T-H-I-B-O-D-E-A-U-X', 't h i b o d e a u x')}. I'm supposed to get a sleep study, ${P('Dr. Delacroix')} put it in, and the sleep center says the insurance hasn't approved it. My insurance is Medicaid, the ${T('STAR', 'star')} Kids, no, I'm sorry, I'm grown, it's regular ${T('STAR', 'star')}. Member number ${H('611049285', 'six one one, oh four nine, two eight five')}. ${PH('281-555-0159', 'two eight one, five five five, oh one fifty nine')}.`,
  // 41
  `Good afternoon, I'm calling about my mom, ${N('Juana Portillo')}. She saw ${P('Dr. Montemayor')} on the ${D('9th', 'ninth')} and he said he was gonna send a referral for the eye doctor for the diabetes, the retina. We haven't heard nothing. I'm ${N('Carlos Portillo')}, her son, and the best number is ${PH('346-555-0166', 'three four six, five five five, zero one, sixty six')}.`,
  // 42
  `Hi, I'm calling about the form for disabled license plates, the ${T('VTR-214', 'v t r two fourteen')}, for my husband ${N('Glen Ahrens')}. ${P('Dr. Whitley')} needs to sign the medical part. The plate on his truck now is ${V('KTW-4839', 'k t w, four eight three nine')}, if they need that. I can pick it up at the Pasadena office. I'm ${N('Sue Ahrens')}, ${PH('281-555-0140', 'two eight one, five five five, oh one four oh')}.`,
  // 43
  `Hi, this is ${N('Priyanka Desai')}. My portal is locked, I tried my password too many times. The email on file is ${E('pdesai.houston@gmail.com', 'p desai dot houston at gmail dot com')}. Could somebody reset it? ${PH('832-555-0108', 'eight three two, five five five, oh one oh eight')}.`,
  // 44
  `Hello, my name is ${N('Thuy Le')}, we live in ${AD('Alief')}. My mother, ${N('Le Thi Hong')}, she need appointment for the knee, she cannot walk good. She have Medicare and Medicaid both. Her birthday ${D('5/5/1944', 'five five nineteen forty four')}. My phone ${PH('713-555-0184', 'seven one three, five five five, oh one eight four')}.`,
  // 45
  `Hi, it's ${N('Brittany Coleman')}, I'm pregnant, ${T('10', 'ten')} weeks, and my OB wants my thyroid records from y'all. My due date is ${D('December 2nd', 'december second')}. The OB's fax number is ${PH('713-555-0147', 'seven one three five five five zero one four seven')}. Thanks.`,
  // 46
  `Good morning, this is ${P('Dr. Sandoval')}'s office at Gulf Coast Cardiology, this is ${P('Tracy')}. Just letting ${P('Dr. Huang')} know we saw ${N('Vincent Ng')} on ${D('May 15th', 'may fifteenth')}, started him on Eliquis for the a-fib, and the notes are on the way. Any questions, call ${PH('713-555-0156', 'seven one three, five five five, oh one five six')}.`,
  // 47
  `Hey, um, I think I left my reading glasses at the Sugar Land office this morning, the check-in desk. Brown case. If somebody found them I'll come by. It's ${N('Rhonda')}. ${PH('281-555-0181', 'two eight one, five five five, oh one eight one')}.`,
  // 48
  `Yes, good afternoon, this is ${N('Olumide Fashola')}. I work offshore, I'm leaving on the ${D('27th', 'twenty seventh')} for ${T('28', 'twenty eight')} days, and I need ${T('90', 'ninety')} days of my blood pressure medicine before I go. The pharmacy is the Walmart on Highway ${T('59', 'fifty nine')}. ${PH('281-555-0107', 'two eight one, five five five, oh one oh seven')}, or the wife's phone, ${PH('281-555-0106', 'two eight one, five five five, oh one oh six')}.`,
  // 49
  `Hi, this is ${N('Jennifer Castillo')}, date of birth ${D('October 1st, 1987', 'october first, nineteen eighty seven')}. I got the results in the portal and it says my vitamin D is ${T('14', 'fourteen')}. Is that bad? Do I need to take something? ${PH('346-555-0103', 'three four six, five five five, oh one oh three')}.`,
  // 50
  `Hello, my name is ${N('Kamal Hussain')}, and my wife is ${N('Rukhsana')}. She has appointment today at ${T('2:15', 'two fifteen')} but our car broke down. Can we do tomorrow or Friday? Chart number for her is ${M('4410287', 'four four one, oh two eight seven')}. Call ${PH('832-555-0121', 'eight three two, five five five, oh one two one')}. Sorry.`,
  // 51
  `Hi, this is ${N('Gary Lindquist')}. I need a referral to a urologist, it's about my prostate, the PSA was up to ${T('6.8', 'six point eight')}. My plan is a Humana HMO so it has to come from y'all. Member ID is ${H('H52318804', 'h five two three, one eight, eight oh four')}. ${PH('281-555-0162', 'two eight one five five five oh one six two')}, ${N('Gary')}.`,
  // 52
  `Hi, this is ${N('Ebony Richardson')}, calling for my auntie, ${N('Mildred Richardson')}. The home health nurse came out to her house in ${AD('South Park')}, but she said the order for the blood draw wasn't in the chart. ${P('Dr. Whitley')} wanted a CBC and a BMP. Can somebody fax it to the agency? They're Lone Star Home Care, ${PH('713-555-0138', 'seven one three, five five five, oh one three eight')}. My number is ${PH('832-555-0192', 'eight three two, five five five, oh one nine two')}.`,
  // 53
  `Hello, this is ${N('Oscar Benavides')}. Birth date ${D('15/8/1969', 'fifteen, eight, sixty nine')}, no, wait, ${D('8/15/1969', 'eight fifteen sixty nine')}, August. I need my paper of the vaccines, the tetanus, for my job in construction. My email, ${E('obenavides69@hotmail.com', 'o benavides six nine at hotmail dot com')}. Thank you very much.`,
  // 54
  `Hi, this is ${N('Vanessa Ortiz')}. My mom, Mrs. ${N('Ortiz')}, ${N('Graciela Ortiz')}, passed away on ${D('May 10th', 'may tenth')} at home, hospice was with her. I wanted to let ${P('Dr. Montemayor')} know, he took care of her for a long time, and please cancel her appointment on the ${D('28th', 'twenty eighth')}. The funeral home may call about the death certificate. Thank you for everything. ${PH('281-555-0183', 'two eight one, five five five, oh one eight three')}.`,
  // 55
  `Hi, good morning, this is ${N('Grace Adebayo-Martins')}. I'm a nurse at Ben Taub and the Board of Nursing audit needs proof of my TB test. I had the QuantiFERON drawn at your Alief office on ${D('April 24th', 'april twenty fourth')}. My nursing license number is ${L('RN 894217', 'r n, eight nine four, two one seven')}, in case they need it on the letter. Can you email the result to ${E('grace.adebayo.rn@gmail.com', 'grace dot adebayo dot r n at gmail dot com')}? Thank you.`,
  // 56
  `Yeah, this is ${N('Donnie Harwell')}. My CPAP quit on me Sunday night, and the medical supply company says they need a new order from ${P('Dr. Shah')} before they can replace it. They also wanted the serial number off the old machine, it's ${DV('23184550917', 'two three one eight four, five five oh nine one seven')}. Supply company's fax is ${PH('832-555-0172', 'eight three two, five five five, oh one seven two')}. I'm at ${PH('281-555-0115', 'two eight one, five five five, oh one one five')}.`,
  // 57
  `Hi, this is a message for the billing department. I have a question about a statement, please call me back. Thank you.`,
  // 58
  `Hi, this is ${P('Darnell')} with Quest Diagnostics, calling a critical value for ${P('Dr. Lin')}. Patient is ${N('Soo-Min Park')}, date of birth ${D('3/30/1960', 'three thirty nineteen sixty')}, potassium is ${T('6.4', 'six point four')}, collected this morning. Please call back to acknowledge, ${PH('713-555-0197', 'seven one three, five five five, zero one nine seven')}, and ask for me. Thank you.`,
  // 59
  `Hola, hi, my English is no very good. My name is ${N('José Luis Mejía')}. I need appointment with the doctor that speak Spanish, ${P('Dr. Montemayor')}, for the pain in the stomach. My number ${PH('346-555-0147', 'three, four, six, five, five, five, zero, one, four, seven')}. Thank you.`,
  // 60
  `Hi, it's ${N('Paula Greer')}. I've been on the metformin since ${T('2019', 'twenty nineteen')} and never had a problem, but since they switched me to the extended release a month ago I've had diarrhea every day. Is there something else I can take? Walgreens on Eldridge. ${PH('281-555-0136', 'two eight one five five five oh one three six')}. Thanks.`,
  // 61
  `This is utilization management with Superior HealthPlan calling regarding a prior authorization request for ${N('Anthony Ruiz')}, member ID ${H('710384552', 'seven one oh, three eight four, five five two')}, for a lumbar MRI. We need the last ${T('6', 'six')} weeks of physical therapy notes before a decision can be made. Please fax clinicals to ${PH('877-555-0124', 'eight seven seven, five five five, oh one two four')}. Thank you.`,
  // 62
  `Hi, this is ${N('Eric Huang')}, calling about my father ${N('Huang Jianguo')}, birthday ${D('January 8th, 1939', 'january eighth nineteen thirty nine')}. He is ${T('86', 'eighty six')}... no, sorry, he's ${AG('96', 'ninety six')}, I keep forgetting. He had his blood work on ${D('Monday the 19th', 'monday the nineteenth')} and we'd like the results translated if possible, he only reads Chinese. My cell, ${PH('832-555-0148', 'eight three two, five five five, oh one four eight')}, my work, ${PH('713-555-0148', 'seven one three, five five five, oh one four eight')}.`,
  // 63
  `Hi, this is ${N('Kristin Mahaffey')}. We just moved, so I need to update my address before the next statement goes out. It's ${AD('24518 Cinco Ranch Boulevard, Apartment 1107, Katy, Texas 77494', 'twenty four five eighteen cinco ranch boulevard, apartment eleven oh seven, katy texas, seven seven four nine four')}. Same phone number. Thanks.`,
  // 64
  `Hey, this is ${N('Lamar Pettaway')}. I'm calling 'cause I need a note for work, I missed ${D('Friday the 16th', 'friday the sixteenth')} with the stomach bug and I saw the nurse practitioner, ${P('Adaeze Ogbu')}, that Saturday at the Pasadena office. Warehouse wants it by Monday. You can text me, ${PH('832-555-0161', 'eight three two, five five five, oh one six one')}.`,
  // 65
  `Hello, my name is ${N('Vu Quoc Bao')}. I call for my father, ${N('Vu Van Thanh')}. He has Humana Gold, the number is ${H('H68120047', 'h six eight one, two oh, oh four seven')}. He need the refill for the Eliquis ${T('5', 'five')} milligram, and the tamsulosin. He live at ${AD('11814 Bellaire Boulevard, Apartment 32, Houston 77072', 'one one eight one four bellaire boulevard, apartment thirty two, houston, seven seven oh seven two')}, they mail it. My phone ${PH('713-555-0153', 'seven one three, five five five, oh one five three')}.`,
  // 66
  `Hi, this is ${N('Tom Reiser')} in HR at Gulf Fabrication, calling to verify a return-to-work note for one of our employees, ${N('Luis Carranza')}, dated ${D('May 19th', 'may nineteenth')}, with restrictions, no lifting over ${T('25 pounds', 'twenty five pounds')}. I just need somebody to confirm it came from your office. ${PH('713-555-0110 extension 4402', 'seven one three, five five five, oh one one oh, extension forty four oh two')}. Thanks.`,
  // 67
  `Hi, it's ${N('Denise Arceneaux')}. Quick thing, my insurance changed, I'm on the Oscar marketplace plan now, effective ${D('May 1st', 'may first')}. Member ID ${H('OSC8841927301', 'o s c, eight eight four one, nine two seven, three oh one')}. Group number is ${T('10047', 'one double oh four seven')}. I have an appointment next Tuesday. ${PH('346-555-0185', 'three four six five five five oh one eight five')}.`,
  // 68
  `Hi, this is ${N('Bill Tarver')}. I'm a little confused on my pills. I take ${T('5', 'five')} of the Eliquis twice a day, the ${T('25', 'twenty five')} of metoprolol, and ${P('Dr. Whitley')} wanted me to cut the Lasix to ${T('20', 'twenty')} starting Monday, but the pharmacy filled the ${T('40s', 'forties')}. Do I take half? I'm ${T('79', 'seventy nine')} and I don't see so good, so please call, don't do the portal. ${PH('281-555-0174', 'two eight one, five five five, oh one seven four')}.`,
  // 69
  `Hi, my name is ${N('Sunday Okoro')}, I'm calling about my MRI authorization. The imaging center said it was denied, and they said the doctor has to do a peer to peer. I have Aetna through my job. ${PH('832-555-0133', 'eight three two, five, five, five, oh one three three')}. Again, ${N('Sunday Okoro')}, ${N('O-K-O-R-O', 'o k o r o')}.`,
  // 70
  `Hello. Yes. My name ${N('Nguyen Van Tuan')}. I want, uh, appointment. For the check the sugar. My phone is eight, ${PH('832-555-0173', 'eight three two, five five five, oh one, seven, three')}. ${PH('832-555-0173', 'eight three two, five five five, oh one seven three')}. Thank you. Bye bye.`,
  // 71
  `Good morning, this is ${P('Alicia')} in medical records at Kelsey-Seybold, the Pearland clinic. We have a records request signed by the patient, ${N('Demetrius Lyles')}, date of birth ${D('9/9/1983', 'nine nine eighty three')}, for office notes and labs from the past ${T('2', 'two')} years. I'm faxing the authorization now, please send to ${PH('713-555-0198', 'seven one three, five five five, oh one nine eight')}. Thank you.`,
  // 72
  `Hi, this is ${N('April Nguyen')}, I was supposed to have my well woman visit on ${D('June 4th', 'june fourth')} with ${P('Dr. Nguyen')}, no relation, ha, but I have a work trip, so I need to reschedule. Anything later in June. ${PH('281-555-0104', 'two eight one five five five zero one zero four')}.`,
  // 73
  `Yeah, this is ${N('Clyde Pickens')}, my number is ${T('713, no, 281', 'seven one three, no, two eight one')}, it's ${PH('281-555-0189', 'two eight one, five five five, oh one eight nine')}. I need a refill on my blood pressure pill, the, uh, Bystolic. Thanks.`,
  // 74
  `Hello, this is ${N('Fatima Zaidi')}. I want to know if my colonoscopy referral went through. ${P('Dr. Iqbal')} sent it to the GI doctor at MD Anderson in Sugar Land. I called them and they don't have it. My chart number, I have it here, is ${M('GC0117340', 'g c zero one one seven three four zero')}. Please call me, ${PH('346-555-0151', 'three four six, five five five, zero one five one')}.`,
  // 75
  `Hi, calling for ${N('Precious')}, ${N('Precious Ogunbiyi')}, I'm her sister ${N('Blessing')}. She had a baby ${D('April 29th', 'april twenty ninth')} and her blood pressure has been high since she came home, ${T('150 over 100', 'one fifty over a hundred')} this morning. The OB said call her regular doctor. ${PH('832-555-0144', 'eight three two, five five five, oh one four four')}. Please call soon.`,
  // 76
  `Hi, this is ${N('Clarence Fontenot')}. I got a letter from y'all saying I owe ${T('$1,240', 'twelve hundred forty dollars')}, and I've been on Medicaid ${T('STAR+PLUS', 'star plus')} the whole time, so that must be a mistake. Account ${AC('2208871', 'two two oh eight eight seven one')}. Medicaid number ${H('733019846', 'seven three three, oh one nine, eight four six')}. I'm home, ${PH('713-555-0178', 'seven one three five five five oh one seven eight')}.`,
  // 77
  `Hi, this message is for ${P('Dr. Abernathy')} or his nurse. It's ${N('Patsy Kimball')}. I'm calling about my mother, ${N('Lorene Kimball')}, she turned ${T('89', 'eighty nine')} last week. She's been dizzy since they started her on the Flomax. Can she stop it? She lives with me now, out in ${AD('La Porte')}. ${PH('281-555-0127', 'two eight one, five five five, oh one two seven')}.`,
  // 78
  `Hey, it's ${N('Jordan Beaumont')}. I'm outside the Bellaire office, it's ${T('8:05', 'eight oh five')} and the door's still locked, my appointment was ${T('8', 'eight')}. Is anybody there? Okay, I'll wait.`,
  // 79
  `Good morning, I'm calling for ${P('Dr. Shah')}, my name is ${N('Hamid Rahimi')}. The pharmacist said the insurance wants a prior auth for the Jardiance, or I have to pay ${T('$580', 'five hundred eighty dollars')}. They said they faxed the form ${D('Tuesday, May 13th', 'tuesday may thirteenth')}. Date of birth ${D('2/14/1965', 'two fourteen sixty five')}. Thank you. ${PH('281-555-0196', 'two eight one, five five five, oh one nine six')}.`,
  // 80
  `Hi, this is ${N('Carmen Alvarado')}, calling for my husband, ${N('Rigoberto Alvarado')}. He needs his diabetic shoes paperwork signed, the podiatrist said the primary has to sign it. His Medicare is ${H('6HT2-VB8-KM35', 'six h t two, v b eight, k m three five')}. You can call me at ${PH('713-555-0125', 'seven one three, five five five, oh one twenty five')}, or his cell, ${PH('346-555-0125', 'three four six, five five five, oh one twenty five')}.`,
  // 81
  `Hi, this is ${P('Jenny')} from the Bellaire front desk, this is for ${P('Yesenia')} in referrals. The patient I told you about is here asking again for the cardiology referral. She's in the waiting room, so call the front, extension ${T('2210', 'twenty two ten')}. Thanks.`,
  // 82
  `Hi, my name is ${N('Ahmed Yusuf')}, and I just want to pay on my bill. I'll give the card, it's a Mastercard, ${C('5375 1800 4433 9824', 'five three seven five, one eight hundred, four four three three, nine eight two four')}, expiration ${T('4/26', 'four twenty six')}. Put ${T('$100', 'a hundred dollars')} on it. My account number is ${AC('61093388', 'six one oh nine, three three eight eight')}. If there's a problem, ${PH('832-555-0126', 'eight three two, five five five, oh one two six')}.`,
  // 83
  `Yes, hello, this is ${N('Mary Beth Hollingsworth')}. I'd like to get in for my Medicare wellness visit before the end of June. Tuesdays or Thursdays are best, after ${T('10', 'ten')}. ${PH('281-555-0171', 'two eight one, five five five, oh one seventy one')}. Thank you, sugar.`,
  // 84
  `Hi, this is ${N('Osagie Ehigiator')}, ${N('E-H-I-G-I-A-T-O-R', 'e h i g i a t o r')}. I was discharged from Memorial Hermann in the Medical Center on ${D('May 14th', 'may fourteenth')} after my gallbladder surgery, and they told me to follow up with my primary in ${T('2', 'two')} weeks. My primary is ${P('Dr. Okafor')}. Also, I need a work note through ${D('June 2nd', 'june second')}. ${PH('346-555-0118', 'three four six, five five five, oh one one eight')}.`,
  // 85
  `Hi, it's ${N('Sandra Kay Bullock')}, not the movie star, ha. Date of birth ${D('7/22/1957', 'seven twenty two fifty seven')}. I need the refill on the Synthroid, ${T('88 micrograms', 'eighty eight micrograms')}, and I need it sent to the mail order this time, Express Scripts. Thanks, ${PH('713-555-0113', 'seven one three, five five five, oh one one three')}.`,
  // 86
  `Hello, this is ${P('Huong')} with Saigon Pharmacy on Bellaire. Patient ${N('Dinh Thi Mai')} is here, she says ${P('Dr. Nguyen')} changed her Losartan to ${T('50', 'fifty')} but we only got the ${T('25', 'twenty five')}. Can you send the new one? Our number is ${PH('713-555-0116', 'seven one three, five five five, oh one one six')}, fax ${PH('713-555-0117', 'seven one three, five five five, oh one one seven')}.`,
  // 87
  `Hey, this is ${N('Travis Whitlock')}. Did y'all get my lab results from LabCorp? I had them done on ${D('May 7th', 'may seventh')}, the kidney ones. ${P('Dr. Whitley')} wanted to see them before upping my lisinopril. ${PH('281-555-0131', 'two eight one five five five oh one three one')}.`,
  // 88
  `Hi, this is ${N('Rubén Castellanos')}. I have a question about the bill. I have the marketplace plan, the Community Health Choice, and the bill says deductible, ${T('$312.50', 'three hundred twelve fifty')}. I don't understand, because the visit was a preventive. The date of the visit is ${D('April 2nd', 'april second')}. Please call me after ${T('5:30', 'five thirty')}. ${PH('346-555-0192', 'three four six, five five five, zero one nine two')}.`,
  // 89
  `Hi, it's ${N('Mei-Ling Wu')}. I'm calling to see if ${P('Dr. Huang')} can do my shingles shot at my next visit, or do I have to go to the pharmacy? My next visit is ${D('June 10th', 'june tenth')}. Thank you.`,
  // 90
  `Hi, good afternoon. I'm calling for my grandfather, ${N('Albert Mouton')}, he's ${AG('ninety-two', 'ninety two')}. He stays with my mama in ${AD('Third Ward')}, over on ${AD('2714 Rosedale Street', 'twenty seven fourteen rosedale street')}. The home health people stopped coming and we don't know why. They were with Angels Care. This is ${N('Deshawn Mouton')}, ${PH('832-555-0179', 'eight three two, five five five, oh one seven nine')}.`,
  // 91
  `Hi, this is ${N('Neha Kulkarni')}. I need my lab order for the fasting labs sent to the LabCorp on Highway ${T('6', 'six')}, they said there's no order. My appointment with ${P('Dr. Shah')} is the ${D('3rd of June', 'third of june')}. Thank you, ${PH('281-555-0165', 'two eight one, five five five, oh one six five')}.`,
  // 92
  `Yes, this is ${N('Hector Saldaña')}. My sugars have been low, like ${T('60', 'sixty')}, ${T('65', 'sixty five')}, in the afternoon. I'm on the glipizide ${T('10', 'ten')} twice a day. I ate a candy and I'm okay now, but I want the nurse to call me. ${PH('713-555-0194', 'seven one three, five five five, zero one nine four')}. Thank you.`,
  // 93
  `Hello, this is ${N('Nkechi Obi')}, ${T('DOB', 'd o b')} ${D('23/6/1981', 'twenty three, six, eighty one')}, oh, sorry, American way, ${D('6/23/1981', 'six twenty three, eighty one')}. I need a referral for a dermatologist, my plan is the Ambetter, the member number is ${H('U7201483356', 'u seven two oh, one four eight, three three five six')}. ${PH('832-555-0103', 'eight three two, five five five, oh one oh three')}.`,
  // 94
  `Hi, this is ${N('Becky Stroud')} calling for my dad, ${N('Lyle Stroud')}. He's in the hospital at St. Joseph, they think he had a small stroke. I just wanted ${P('Dr. Abernathy')} to know, and to cancel his appointment next week. He's in room ${T('412', 'four twelve')}. ${PH('281-555-0112', 'two eight one, five five five, oh one one two')}.`,
  // 95
  `Hi, my name is ${N('Shabnam Farooqui')}, I'm calling for my mother-in-law, ${N('Zubaida Farooqui')}. She needs a wheelchair, and the DME company says they need the face-to-face note and the order from ${P('Dr. Iqbal')}. Her date of birth is ${D('March 1st, 1941', 'march first nineteen forty one')}. ${PH('346-555-0190', 'three four six, five five five, zero one nine zero')}. Thank you.`,
  // 96
  `Hey y'all, it's ${N('Dwayne Guidry')}. I got my sugar monitor from the Alief office, the One Touch, and it's reading error every time. The serial is ${DV('TWN3384721R', 't w n, three three eight, four seven two one, r')}. Can y'all send a prescription for a new one, or test strips for a different kind? ${PH('713-555-0157', 'seven one three, five five five, oh one five seven')}.`,
  // 97
  `Hi, I'm calling on behalf of ${N('Kelechi Amadi')}, this is his wife, ${N('Chinyere')}. He can't talk right now, he has a bad cough and fever since yesterday, ${T('102.6', 'one oh two point six')}. Can he be seen today at any office, Katy or Sugar Land? We live in ${AD('Richmond')}. ${PH('281-555-0149', 'two eight one, five five five, oh one four nine')}.`,
  // 98
  `Hi, this is ${N('Gloria Esparza')}. I was at the Pasadena office yesterday and left my, uh, my pill box on the counter, purple one. It has all my pills for the week. Please put it aside and I'll come by. ${PH('713-555-0108', 'seven one three five five five oh one oh eight')}.`,
  // 99
  `Hello, good morning, my name is ${N('Wasim Chaudhry')}. I had the appointment for the physical, but I need to change the date, because I am going to Pakistan ${D('June 5th', 'june fifth')} to ${D('July 15th', 'july fifteenth')}. I need my medicines before I go also, for two months. My number is ${PH('832-555-0182', 'eight three two, five five five, oh one eight two')}, and my son ${N('Bilal')}, his number ${PH('832-555-0185', 'eight three two, five five five, oh one eight five')}.`,
  // 100
  `Hi, this is ${P('Gwen')}, I'm the social worker at Houston Methodist on the ${T('9th', 'ninth')} floor. We have ${N('Rosalind Petty')}, ${D('10/12/1947', 'ten twelve forty seven')}, going home ${D('Thursday, May 22nd', 'thursday may twenty second')}. She's going to stay with her daughter in ${AD('Pearland')}, not her own house. We need ${P('Dr. Whitley')} to sign the home health orders for the new address. Call me, ${PH('713-555-0185 extension 52', 'seven one three, five five five, oh one eight five, extension five two')}.`,
  // 101
  `Yeah, hi, I got a voicemail from y'all but it cut off. I don't know who it was. Um, call me back I guess. Bye.`,
  // 102
  `Hi, this is ${N('Cynthia Hargrove')}, ${D('December 30th, 1968', 'december thirtieth nineteen sixty eight')}. I got a letter that my mammogram needs more pictures. Is that something ${P('Dr. Lin')} orders, or do I call the breast center? I'm kind of nervous. ${PH('281-555-0100', 'two eight one, five five five, oh one hundred')}.`,
  // 103
  `Hello, I'm calling for ${N('Pedro Ramírez')}, I'm his son, ${N('Eduardo')}. His Medicaid got cut off because the renewal, so he's going to pay cash for the visit on ${D('Friday the 30th', 'friday the thirtieth')}. How much is it? And do you take payment plans? ${PH('713-555-0167', 'seven one three, five five five, oh one six seven')}.`,
  // 104
  `Hi, it's ${N('Rachel Goldfarb')}. I need a copy of my last EKG and my med list for my cardiologist at Baylor, ${P('Dr. Reyes')}. Can you send it to their office? Fax ${PH('713-555-0130', 'seven one three, five five five, oh one three oh')}. I'm at ${PH('832-555-0136', 'eight three two, five five five, oh one three six')}. Thanks.`,
  // 105
  `Hi, this is ${N('Tyrone Gaines')}. I need a TB test and a physical form for my new job at the school district, they need it by ${D('June 1st', 'june first')}. Do y'all have anything this week, at the Alief or Bellaire office? ${PH('346-555-0107', 'three four six, five five five, oh one oh seven')}. Thanks.`,
  // 106
  `Hello, my name is ${N('Minh Chau Tran')}, I am calling for my grandmother, she is ${AG('one hundred', 'one hundred')} years old this month, ${N('Tran Thi Nhung')}. She need the doctor to come to the house, she cannot come to the office any more. Do you have house call? We live in ${AD('Sharpstown')}. ${PH('713-555-0182', 'seven one three, five five five, oh one eight two')}.`,
  // 107
  `Hey, it's ${N('Cody Schultz')}. My buddy's dropping me at the Katy office at ${T('1:45', 'one forty five')} for my ${T('2', 'two')} o'clock, I just wanted to say if I'm a few minutes late it's on him. Also I need a refill on my Zoloft, ${T('100', 'one hundred')}. Thanks.`,
  // 108
  `Hi, this is ${N('Marisela Cantu')}, ${N('C-A-N-T-U', 'c a n t u')}. My insurance card has a different number, they sent me a new one, it's Wellpoint, the Medicaid ${T('STAR+PLUS', 'star plus')}. The new ID is ${H('418007253', 'four one eight, double oh seven, two five three')}. I have the appointment with ${P('Dr. Villanueva')} on ${D('Wednesday, May 28th', 'wednesday may twenty eighth')}. ${PH('281-555-0153', 'two eight one, five five five, zero one five three')}.`,
  // 109
  `Hi, this is ${P('Lorraine')} with Texas Home Health Partners, calling for ${P('Dr. Huang')}. Our patient ${N('Chester Boudreaux')}'s weight is up ${T('4', 'four')} pounds in ${T('2', 'two')} days and he's got swelling in both legs. He's on furosemide ${T('40', 'forty')} daily. Please advise. My cell is ${PH('832-555-0113', 'eight three two, five five five, oh one one three')}. Again, ${PH('832-555-0113', 'eight three two, five five five, oh one one three')}.`,
  // 110
  `Hi, it's ${N('Anita Raghunathan')}. My portal account says my email is wrong. It should be ${E('anita.r1966@outlook.com', 'anita dot r one nine six six at outlook dot com')}. And my birthday's showing wrong too, it should be ${D('August 19th, 1966', 'august nineteenth nineteen sixty six')}. Can you fix it? ${PH('281-555-0158', 'two eight one, five five five, oh one five eight')}.`,
  // 111
  `Good morning, this is ${N('Reginald Batiste Jr.', 'reginald batiste junior')}, calling for my father, ${N('Reginald Batiste Sr.', 'reginald batiste senior')}. He's ${AG('93', 'ninety three')}, he's in a nursing home now, Sagebrook in ${AD('Cypress')}, and they need his records, the med list, and the last labs. His chart number is ${M('00729114', 'oh oh seven two, nine one one four')}. I'm at ${PH('713-555-0151', 'seven one three five five five oh one five one')}.`,
  // 112
  `Hi, my name is ${N('Evangelina Soto')}. I want to make a payment, card is Discover, ${C('6011 0099 2814 4778', 'six oh one one, oh oh nine nine, two eight one four, four seven seven eight')}. For the account of my husband, ${N('Jaime Soto')}, account ${AC('55203816', 'five five two oh, three eight one six')}. ${T('$75', 'seventy five dollars')}. Thank you. ${PH('346-555-0141', 'three four six, five five five, zero one four one')}.`,
  // 113
  `Hi, I'm a patient of ${P('Dr. Delacroix')}, my name's ${N('Courtney Fruge')}. I need the pre-op clearance for my knee surgery on ${D('June 12th', 'june twelfth')}. The surgeon's office, Houston Orthopedic, is ${PH('713-555-0120', 'seven one three, five five five, oh one two oh')}, they need an EKG and labs within ${T('30', 'thirty')} days. My number, ${PH('281-555-0142', 'two eight one, five five five, oh one four two')}.`,
  // 114
  `Hello, this is ${N('Emeka Nwachukwu')}. You left me a message about my results. I am returning the call. I am at work until ${T('6', 'six')}, so you can leave a message. ${PH('832-555-0116', 'eight three two, five five five, oh one one six')}. Thank you.`,
  // 115
  `Hi, this is ${N('June Pham')}. I have a question for ${P('Dr. Nguyen')}. I'm taking the Xarelto and I need a tooth pulled on ${D('May 29th', 'may twenty ninth')}, and the dentist wants to know if I should stop it first and for how many days. Dentist's office is ${PH('281-555-0135', 'two eight one, five five five, oh one three five')}. Mine is ${PH('281-555-0139', 'two eight one, five five five, oh one three nine')}.`,
  // 116
  `Hello, this is ${N('Maxine Overstreet')}, and my husband is ${N('Earl')}. We both need our flu, no, it's not flu season, the pneumonia shots, and the RSV. We're both on the same Medicare Advantage, the Aetna. Can we come together? I'll call back tomorrow. Bye.`,
];
