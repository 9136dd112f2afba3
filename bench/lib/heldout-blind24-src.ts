/**
 * Blind held-out PHI gold set 24: ordinary voicemails to a US family/internal-medicine practice, in the spirit of
 * the dev corpus, but weighted toward identifiers the dev corpus lacks or rarely has: device serial numbers
 * (CPAP, insulin pump, CGM, hearing aid, pacemaker, oxygen concentrator), vehicle plates and VINs (parking
 * placards, medical transport), IP addresses read off an error page, personal URLs, driver's licence / state ID
 * numbers, claim and account numbers, lettered member IDs, MRNs, dates of service, plus names, phones, DOBs.
 * All people, numbers and IDs are invented.
 *
 * Conventions chosen where the dev corpus is silent:
 * - DEVICE: only the serial number is labelled; the brand/model ("AirSense 11", "Dexcom G7", "Omnipod 5") and
 *   words like "serial number" / "S/N" stay outside. A letter prefix that is part of the serial ("SN" printed in
 *   the number itself, e.g. "SN4471...") stays inside, like "MR" in an MRN.
 * - VEHICLE: the plate or VIN only; the state ("Ohio plate") and words "plate", "VIN" stay outside. A VIN read in
 *   part ("last six of the VIN") is still VEHICLE.
 * - IP: the dotted address only; error codes ("error 502"), port-free. Generic websites of organisations are not
 *   labelled; URL is labelled only for a person's own page (e.g. a CaringBridge page, a personal site).
 * - LICENSE covers driver's licences and state ID cards. Claim numbers and billing/statement account numbers are
 *   ACCOUNT; prior-authorization and pharmacy reference numbers are avoided (not used) to keep labels unambiguous.
 * - Letters read phonetically ("B as in boy") are inside the span in both forms, as the caller said them.
 * - DATE: dates of service, birth, visits, procedures; "last week", weekdays alone, years alone are not dates.
 */
import { dg, dgz } from './heldout-blind2-words.ts';

const M = (t: string) => (w: string, s?: string): string => (s === undefined ? `«${t}|${w}»` : `«${t}|${w}|${s}»`);
const MD = (t: string) => (w: string, s?: string): string => `«${t}|${w}|${s ?? dg(w)}»`;
const MZ = (t: string) => (w: string): string => `«${t}|${w}|${dgz(w)}»`;
const N = M('NAME');
const DR = M('PROVIDER');
const D = M('DATE');
const AD = M('ADDRESS');
const EM = M('EMAIL');
const U = M('URL');
const AG = M('AGE');
const PH = MD('PHONE');
const PHz = MZ('PHONE');
const DEV = MD('DEVICE');
const DEVz = MZ('DEVICE');
const VEH = MD('VEHICLE');
const IP = M('IP');
const LIC = MD('LICENSE');
const ACC = MD('ACCOUNT');
const ACCz = MZ('ACCOUNT');
const HP = MD('HEALTH_PLAN_ID');
const HPz = MZ('HEALTH_PLAN_ID');
const MR = MD('MRN');
const SS = MD('SSN');
const CC = MD('CARD');
/** Plain text said differently from how it is written. */
const x = (w: string, s: string): string => `‹${w}|${s}›`;

export const BLIND24_MESSAGES: string[] = [
  // 0 CPAP serial
  `Hi, this is ${N('Gordon Baptiste')}, date of birth ${D('March 3rd, 1958', 'march third nineteen fifty eight')}. My CPAP, the ${x('AirSense 11', 'airsense eleven')}, started throwing a motor error and the supply company says they need a note from ${DR('Dr. Okafor')} plus the serial, which is ${DEV('23172845119', 'two three one seven two eight four five one one nine')}. Best number is ${PH('614-380-2271', 'six one four three eight oh twenty two seventy one')}.`,
  // 1 insulin pump
  `Hey, it's ${N('Marisol Quintana')} calling about my son ${N('Diego')}. His pump is alarming "no delivery" and Tandem wants the pump serial before they ship a replacement, it's ${DEV('1049338', 'one oh four nine three three eight')}. Can someone fax a prescription for the cartridges today? My cell is ${PH('(915) 442-0687', 'nine one five four four two oh six eight seven')}.`,
  // 2 no PHI
  `Good morning, this is a message for the nurse line. I was wondering if the office is open the Friday after Thanksgiving, and whether I need to fast for a cholesterol check. Okay, thank you, I'll try back later.`,
  // 3 plate, parking placard
  `Hello, ${N('Earl Whitcomb')} here, I'm ${AG('91', 'ninety one')} and the DMV sent back my disabled parking placard form because the doctor's section wasn't signed. They want the plate on it too, so it's ${VEH('7KXR 218', 'seven k x r two one eight')}. Please mail it to ${AD('4417 Larkspur Court, Fresno, CA 93711', 'forty four seventeen larkspur court fresno california nine three seven one one')}.`,
  // 4 IP address error page
  `Hi, this is ${N('Priya Raman')}. I've been trying to log in to the patient portal all morning and it keeps giving me an error page that says access denied from ${IP('73.158.22.194', 'seventy three dot one fifty eight dot twenty two dot one ninety four')}, and then error ${x('403', 'four oh three')}. I don't know if that's on my end. Call me at ${PH('248-671-0935', 'two four eight six seven one oh nine three five')}.`,
  // 5 driver's license, DOB
  `This is ${N('Tomasz Wierzbicki')}, that's ${N('W-I-E-R-Z-B-I-C-K-I')}. For the new patient paperwork, my driver's license is ${LIC('W2614-55087-10203', 'w two six one four five five oh eight seven one oh two oh three')} and my birthday is ${D('11/30/1971', 'eleven thirty seventy one')}. My wife ${N('Agata')} will be bringing me in on ${D('the 14th', 'the fourteenth')}.`,
  // 6 claim number + member ID with letters
  `Yes, hi, my name is ${N('Renée Oduya')}, I got a bill for a visit on ${D('August 19th', 'august nineteenth')} that my insurance should have covered. The claim number on the explanation of benefits is ${ACC('2025081900477', 'two oh two five oh eight one nine oh oh four seven seven')}, and my Aetna member ID is ${HP('W213876540', 'w two one three eight seven six five four oh')}. Please call ${PH('412-555-7730', 'four one two five five five seventy seven thirty')}.`,
  // 7 glucose monitor
  `Hi, ${N('Cheryl Ann Dobbins')}, patient of ${DR('Dr. Haddad')}. My Dexcom sensor fell off after two days and Dexcom said the doctor's office should have the transmitter serial in my chart, but just in case it's ${DEV('8RM4JT', 'eight r m four j t')}. I'm down to my last sensor. ${PH('(503) 219-4468', 'five oh three two one nine forty four sixty eight')}.`,
  // 8 hearing aid
  `Hello, this is ${N('Walter Pruitt')}'s daughter, ${N('Denise')}. Dad lost his left hearing aid at the Olive Garden, and the audiologist needs a referral from ${DR('Dr. Sandoval')} before the warranty replacement. The serial on the right one, which is the matching pair, is ${DEV('2231X0457', 'two two three one x oh four five seven')}. Call me, ${PHz('702-806-1159')}.`,
  // 9 pacemaker
  `Hi, it's ${N('Lorraine Kettering')}. I'm going in for an MRI at St. Vincent's on ${D('Tuesday, October 6th', 'tuesday october sixth')} and they asked for the model and serial of my pacemaker. The card says serial ${DEV('PJN 604218 S', 'p j n six oh four two one eight s')}. If you have the implant record from ${x('2019', 'twenty nineteen')} could you fax it over? My number's ${PH('317-455-2038', 'three one seven four five five twenty thirty eight')}.`,
  // 10 oxygen concentrator
  `This is ${N('Harold Beasley')}, ${PH('606 218 7741', 'six oh six two one eight seven seven four one')}. My oxygen concentrator's been making a grinding noise, the Inogen one, serial number ${DEV('ION-10-3387654', 'i o n ten three three eight seven six five four')}. Apria says they need an updated order with my saturation from the visit on ${D('the 2nd', 'the second')}.`,
  // 11 short no PHI with hard negatives
  `Hi, quick question for the nurse, I'm taking metformin ${x('500', 'five hundred')} milligrams twice a day and the pharmacy gave me ${x('1000', 'one thousand')} milligram tablets this time. Should I cut them in half? I'll be home after ${x('3', 'three')}. Thanks.`,
  // 12 transport VIN
  `Hi, this is ${N('Rosalind Meeks')} I drive for my neighbor ${N('Alvin Petrakis')}, he's got dialysis. The Medicaid transport reimbursement form wants the VIN of the car I use, it's ${VEH('1FADP3F29EL174823', 'one f a d p three f two nine e l one seven four eight two three')}, and his Medicaid number is ${HP('YK48217093', 'y k four eight two one seven oh nine three')}. Can the office sign the mileage log? I'm at ${PH('(216) 773-0415', 'two one six seven seven three oh four one five')}.`,
  // 13 MRN + date of service
  `Good afternoon, this is ${N('Jacinta Flores-Ibarra')}. My MRN is ${MR('MR0093715', 'm r zero zero nine three seven one five')}. I need a copy of my records from the date of service ${D('June 24th, 2025', 'june twenty fourth twenty twenty five')} for my disability lawyer. You can email them to ${EM('jflores.ibarra@gmail.com', 'j flores dot ibarra at gmail dot com')}.`,
  // 14 state ID
  `Hi there, my name is ${N('Odell Grant')}. I don't drive anymore so I don't have a license, but the front desk asked for ID. My state ID number is ${LIC('S530-482-61-913-0', 's five thirty four eighty two sixty one nine thirteen oh')}. Date of birth ${D('February 8th, 1949', 'february eighth nineteen forty nine')}. Call me at ${PH('773-924-0066', 'seven seven three nine two four oh oh six six')}.`,
  // 15 card payment
  `Hi, this is ${N('Beth Adebayo')}, I want to pay my balance over the phone, the statement account is ${ACC('40072618', 'four double oh seven twenty six eighteen')}. You can run my Visa, ${CC('4692 3232 1240 7713', 'four six nine two three two three two one two four oh seven seven one three')}. Call me if it doesn't go through, ${PH('555-318-2290', 'five five five three one eight two two nine oh')}.`,
  // 16 IP from vpn
  `Hey, ${N('Marcus Lindqvist')}. So the portal locked me out and the page says my IP address, ${IP('10.44.7.212', 'ten dot forty four dot seven dot two twelve')}, has been blocked after too many attempts. I'm on my work VPN. Can you unblock it or send a reset? Birthday's ${D('7/2/86', 'seven two eighty six')}. Number is ${PH('(206) 330-8815', 'two oh six three three oh eight eight one five')}.`,
  // 17 age 90+, relative
  `Hi, I'm calling about my grandmother, ${N('Esther Rosenblum')}, she's ${AG('97', 'ninety seven')}. She's been really confused since she started the new antibiotic and she's not eating. This is her granddaughter ${N('Talia')}. Please call me back at ${PH('561-247-9013', 'five six one two four seven nine oh one three')}, not her number.`,
  // 18 insulin pump Omnipod PDM serial + member ID
  `Hello, this is ${N('Kendrick Ames')}, date of birth ${D('April 17, 2004', 'april seventeenth two thousand four')}. My Omnipod controller cracked and Insulet needs the PDM serial and my insurance. The serial on the back is ${DEV('PDM5-0081-7733', 'p d m five oh oh eight one seven seven three three')} and my Cigna ID is ${HP('U70318845 01', 'u seven oh three one eight eight four five oh one')}. Text or call ${PH('404-512-6670', 'four oh four five one two six six seven oh')}.`,
  // 19 provider only, no patient PHI
  `Hi, this message is for ${DR('Dr. Vasquez')}. This is the front desk at Lakeside Physical Therapy. We got the referral but the fax was cut off on page two, could you resend? Thanks.`,
  // 20 address, email
  `Hi, it's ${N('Nadia Bashir')}. I moved, so please update my address to ${AD('1920 Wexford Lane, Apartment 3C, Ann Arbor, Michigan 48105', 'nineteen twenty wexford lane apartment three c ann arbor michigan four eight one oh five')}. And the email on file is old, the new one is ${EM('nadia.bashir92@proton.me', 'nadia dot bashir ninety two at proton dot me')}.`,
  // 21 tow, plate
  `Yeah, hi, this is ${N('Curtis Vang')}, I had my colonoscopy scheduled for ${D('November 12th', 'november twelfth')} and the hospital says I need a driver. My ride's car got towed from your lot yesterday, plate ${VEH('LMN-4472', 'l m n forty four seventy two')}, and the tow company says your office called it in. Can somebody call me? ${PH('(651) 204-3318', 'six five one two oh four three three one eight')}.`,
  // 22 hearing aid serial with letters; dob
  `Hello, this is ${N('Mildred Osei')}, born ${D('the ninth of January, 1940', 'the ninth of january nineteen forty')}. My hearing aid clinic wants a new order, the serial on the aid is ${DEV('14A0992R', 'one four a oh nine nine two r')}. I don't hear the phone well so please call my son ${N('Kwame')}, ${PH('860-471-3392', 'eight six oh four seven one three three nine two')}.`,
  // 23 SSN
  `Hi, this is ${N('Duane Harlow')}. The disability office needs my records and they said to give you my social so you can match it, it's ${SS('531-60-7724', 'five three one sixty seventy seven twenty four')}. I was seen on ${D('September 3rd', 'september third')} and ${D('September 17th', 'september seventeenth')}. Call me at ${PH('208-339-5407', 'two oh eight three three nine five four oh seven')}.`,
  // 24 no PHI, hard negatives
  `Hi, I'm calling to ask if you take Blue Cross Blue Shield PPO and if ${DR('Dr. Lindgren')} is accepting new patients. I'd be a new patient, it's for a physical. I'll call back around ${x('10', 'ten')}.`,
  // 25 concentrator + address for delivery
  `This is ${N('Ginny Larue')} calling for my husband ${N('Roy Larue')}. His portable oxygen concentrator, the SimplyGo, serial ${DEV('SG2019087765', 's g two oh one nine oh eight seven seven six five')}, died, and the supplier needs an order that says two liters continuous. They'll deliver to ${AD('88 Old Mill Road, Bristol, Tennessee', 'eighty eight old mill road bristol tennessee')}. My number is ${PH('423-968-1204', 'four two three nine six eight twelve oh four')}.`,
  // 26 MRN numeric + claim
  `Good morning, my name's ${N('Felix Arroyo')}, medical record number ${MR('60418827', 'six oh four one eight eight two seven')}. I got a collections letter for a claim, ${ACC('CLM-88021447', 'c l m eight eight oh two one four four seven')}, from a lab test on ${D('March 11th', 'march eleventh')}. I already paid that. Call ${PH('(787) 415-2260', 'seven eight seven four one five two two six oh')}.`,
  // 27 URL CaringBridge
  `Hi, this is ${N('Joanne Kesselring')}, ${N('Pete Kesselring')}'s wife. A lot of his family keeps calling the office for updates, so I started a page, it's ${U('caringbridge.org/visit/petekesselring', 'caring bridge dot org slash visit slash pete kesselring')}. You don't have to do anything, I just wanted the nurses to know so they stop getting calls. My number is ${PH('319-552-8034', 'three one nine five five two eight oh three four')}.`,
  // 28 IP on lab results portal
  `Hi, it's ${N('Samantha Iwu')}. When I click the link to see my lab results I get a page that says server error, request from ${IP('172.16.254.9', 'one seventy two dot sixteen dot two fifty four dot nine')}. My birthday is ${D('December 1st, 1993', 'december first nineteen ninety three')} if you need to look me up. ${PH('470-226-1185', 'four seventy two two six eleven eighty five')}.`,
  // 29 driver license phonetic letters
  `Hello, it's ${N('Bradley Coombs')}. The pharmacy needs my license number for the controlled prescription, it's ${LIC('B as in boy 412 778 903', 'b as in boy four one two seven seven eight nine oh three')}. I'm at ${PH('303-287-6612', 'three oh three two eight seven sixty six twelve')}.`,
  // 30 short caller name + phone only
  `Hi, it's ${N('Yusuf')}, returning ${N('Karen')}'s call from this morning. ${PH('929-301-4476', 'nine two nine three oh one four four seven six')}.`,
  // 31 medicare MBI
  `Hello, this is ${N('Virginia Hollis')}, I'm ${AG('90', 'ninety')} years old, I just switched to regular Medicare and my new number is ${HP('3VK7-JD2-MT84', 'three v k seven j d two m t eight four')}. Could you update that before my appointment on ${D('the 21st', 'the twenty first')}? Call ${PH('(252) 633-9087', 'two five two six three three nine oh eight seven')}.`,
  // 32 CPAP, different read
  `Hey, ${N('Trevor Nakamura')}. The sleep center told me to call about my CPAP compliance download. My machine serial is ${DEVz('22211734908')}. My insurance needs ninety days of data by ${D('January 5th', 'january fifth')} or they stop paying. I'm at ${PHz('626-770-3341')}.`,
  // 33 Spanish-speaking caller in English, relative
  `Hello, my name is ${N('Lucía Fernández')}, I call for my father ${N('Ramón Fernández')}, date of birth ${D('5-14-1951', 'five fourteen fifty one')}. He need refill for the amlodipine ${x('5', 'five')} milligram. The pharmacy is Walgreens on Main. My phone ${PH('956-283-4410', 'nine five six two eight three forty four ten')}. Thank you.`,
  // 34 vehicle for handicap parking, VIN partial
  `Hi, this is ${N('Angela Torvik')}. For the temporary placard after my knee surgery on ${D('the 30th', 'the thirtieth')}, the DMV form asks for the last six of the VIN, which is ${VEH('208813', 'two oh eight eight one three')}, and the plate, ${VEH('AXT 9021', 'a x t nine oh two one')}. Can ${DR('Dr. Moretti')} fill in the medical part? ${PH('907-344-0158', 'nine oh seven three four four oh one five eight')}.`,
  // 35 account number no name
  `Yeah, I'm calling about account number ${ACC('7730041926', 'seven seven three oh oh four one nine two six')}, the statement shows a charge twice for the same visit. Please call back at ${PH('618-555-2094', 'six one eight five five five two oh nine four')}.`,
  // 36 pacemaker remote monitor
  `Hi, this is ${N('Bernard Achebe')}. The little box by my bed that sends my pacemaker readings, the remote monitor, got unplugged when we moved. Medtronic wants the serial of the monitor, ${DEV('RLA205448H', 'r l a two oh five four four eight h')}, and they'll re-pair it. I was told to let ${DR('Dr. Feld')}'s nurse know. ${PH('919-620-7783', 'nine one nine six two oh seventy seven eighty three')}.`,
  // 37 email and dob, different format
  `Hi, ${N('Carly Mendelsohn')}, birthday ${D('04/09/88', 'oh four oh nine eighty eight')}. Could you send the after-visit summary to ${EM('carlym88@icloud.com', 'c a r l y m eighty eight at icloud dot com')}? The one from the portal won't open.`,
  // 38 card amex
  `Hi, this is ${N('Roberto Salas')} for the payment plan. The first payment can go on my Amex, ${CC('3785 035514 13922', 'three seven eight five oh three five five one four one three nine two two')}. The statement account is ${ACC('00918342', 'zero zero nine one eight three four two')}. I'm at ${PH('(305) 618-2740', 'three oh five six one eight two seven four oh')}.`,
  // 39 no PHI-ish with dosage and times
  `Hi, calling for the nurse. My mom took her ${x('81', 'eighty one')} milligram aspirin twice this morning by accident, is that dangerous? She's fine, just worried. I'll keep my phone on, I'm the one who called earlier, you have the number.`,
  // 40 state id, vehicle transport
  `Hello, I'm ${N('Ifeoma Chukwu')} with my mother ${N('Grace Chukwu')}. The transport company needs her state ID to book the wheelchair van, it's ${LIC('884 301 227', 'eight eighty four three oh one two twenty seven')}. Her appointment is ${D('Thursday the 8th', 'thursday the eighth')}. My number is ${PH('832-445-9006', 'eight three two four four five nine oh oh six')}.`,
  // 41 glucose monitor Libre
  `Hi, it's ${N('Raymond Oyelaran')}. My Libre reader shows error ${x('365', 'three sixty five')} every time, Abbott said I need a new reader and to give them the serial, ${DEV('MAGT216-C0443', 'm a g t two one six c oh four four three')}. They also asked who my doctor is, I said ${DR('Dr. Brennan')}. Call ${PH('573-886-1920', 'five seven three eight eight six nineteen twenty')}.`,
  // 42 MRN with hyphen + dob
  `Good morning, this is ${N('Helga Sorensen')}. I'm calling about records. My number from the hospital is ${MR('MRN-20-558193', 'm r n twenty five five eight one nine three')}, birth date ${D('October 22nd, 1966', 'october twenty second nineteen sixty six')}. I need them sent to the new cardiologist. ${PH('(763) 208-4417', 'seven six three two oh eight four four one seven')}.`,
  // 43 plate for parking validation
  `Hi, this is ${N('Jerome Whitfield')}, I was in for my stress test yesterday, ${D('the 15th', 'the fifteenth')}, and I got a ticket in your garage even though the front desk validated. My plate's Georgia, ${VEH('CXR 5518', 'c x r fifty five eighteen')}. Call me, ${PH('678-301-2264', 'six seven eight three oh one two two six four')}.`,
  // 44 simple reschedule
  `Hi, this is ${N('Abigail Thornbury')}. I have to move my appointment on ${D('Monday, May 4th', 'monday may fourth')} with ${DR('Dr. Hwang')}, I'm having a procedure. Anything the week after would work. My number is ${PH('484-271-0398', 'four eight four two seven one oh three nine eight')}.`,
  // 45 IP read of router
  `Hey, it's ${N('Devin Oakes')}. The telehealth link keeps saying your device at ${IP('192.168.0.14', 'one ninety two dot one six eight dot oh dot fourteen')} could not connect. I'm supposed to be on a video visit with ${DR('Dr. Albright')} at ${x('2:15', 'two fifteen')}. Can you just call me instead? ${PH('(512) 884-3307', 'five one two eight eight four three three oh seven')}.`,
  // 46 SSN last four + dob
  `Hi, ${N('Norma Jean Pickett')}. The billing lady wanted the last four of my social, it's ${SS('4471', 'four four seven one')}, and date of birth ${D('6/6/56', 'six six fifty six')}. I think they're matching the wrong person's bill to me. ${PH('501-330-8812', 'five oh one three three oh eight eight one two')}.`,
  // 47 insulin pump Medtronic
  `Hello, this is ${N('Sophie Delacroix')}, mom of ${N('Léa Delacroix')}. Her ${x('780G', 'seven eighty g')} pump is giving a critical error, Medtronic is sending a loaner but they need the serial, ${DEV('NG2891043H', 'n g two eight nine one oh four three h')}, and her MRN, which I have as ${MR('118402', 'one one eight four oh two')}. My cell ${PH('720-641-5583', 'seven two oh six four one five five eight three')}.`,
  // 48 no PHI
  `Hi, this is a pharmacist at the CVS on Elm Street calling for the on-call provider. We got a prescription with no strength on it, please call the pharmacy back when you can. Thank you.`,
  // 49 member ID zero reading
  `Hi, this is ${N('Keisha Durand')}. My new insurance card came in, it's UnitedHealthcare, member ID ${HPz('907231146')}, group number is on there too but they said you only need the member ID. Appointment is ${D('the 3rd of December', 'the third of december')}. Thanks, ${PH('347-208-9915', 'three four seven two oh eight nine nine one five')}.`,
  // 50 long with many
  `Hi, this is ${N('Grant Havili')}, date of birth ${D('9/12/1979', 'nine twelve nineteen seventy nine')}. Two things. One, my CPAP supplier still needs the face-to-face note from my visit on ${D('October 1st', 'october first')}, the machine serial is ${DEV('23A11902764', 'two three a one one nine oh two seven six four')}. Two, the claim for the sleep study, number ${ACC('5531-207-88', 'fifty five thirty one two oh seven eighty eight')}, got denied. I'm at ${PH('808-456-0072', 'eight oh eight four five six oh oh seven two')}.`,
  // 51 address for mailing records
  `Hi, my name is ${N('Opal Redhorse')}. Please mail my vaccine records to ${AD('315 North Fourth Street, Gallup, New Mexico 87301', 'three fifteen north fourth street gallup new mexico eight seven three oh one')}. Date of birth ${D('August 2nd, 1983', 'august second nineteen eighty three')}. Thanks.`,
  // 52 VIN for ambulance bill (transport)
  `Hello, I'm ${N('Clifford Ayers')}. My wife ${N('Marjorie')} was taken by a private van to your clinic on ${D('the 19th', 'the nineteenth')} and the company billed us like it was an ambulance. Their receipt lists the vehicle VIN as ${VEH('2C4RDGBG5LR190447', 'two c four r d g b g five l r one nine oh four four seven')}. Your office set up that ride, so can someone explain? ${PH('(989) 772-0341', 'nine eight nine seven seven two oh three four one')}.`,
  // 53 email, phone
  `Hi, this is ${N('Miguel Ángel Soto')}. I'm trying to get my sick note sent to my employer's HR, their email is fine, but could you copy me at ${EM('mas.soto77@yahoo.com', 'm a s dot soto seventy seven at yahoo dot com')}? I was out ${D('November 3rd', 'november third')} through ${D('November 7th', 'november seventh')}. Call ${PH('915-204-8813', 'nine fifteen two oh four eighty eight thirteen')}.`,
  // 54 age 90+, address alone city
  `Hi, I'm ${N('Harriet Coble')}'s caregiver, my name's ${N('Vonda')}. She's ${AG('94', 'ninety four')} and can't make it in on the bus anymore. Does ${DR('Dr. Ibsen')} do home visits out to her place in ${AD('Millersburg', 'millersburg')}? My number is ${PH('330-674-2209', 'three three oh six seven four two two oh nine')}.`,
  // 55 hearing aid serial, different vendor
  `Hi, ${N('Ernest Blankenship')}. The VA said I can get my hearing aids replaced but they need the serial numbers of the old ones, left is ${DEV('1921-04458', 'nineteen twenty one oh four four five eight')} and right is ${DEV('1921-04461', 'nineteen twenty one oh four four six one')}, and a note that I had a hearing test with you on ${D('July 9th', 'july ninth')}. ${PH('(423) 510-6678', 'four two three five one oh six six seven eight')}.`,
  // 56 license, plate, pickup
  `Hey, it's ${N('Dana Whitlock')}. I'm picking up my dad ${N('Gene Whitlock')} after his cataract surgery. The surgery center asked for the driver's license of whoever's picking up, mine is ${LIC('D5581-42937-60812', 'd five five eight one four two nine three seven six oh eight one two')}, and I'll be in a grey Honda, plate ${VEH('8BNT422', 'eight b n t four two two')}. ${PH('916-285-0447', 'nine one six two eight five oh four four seven')}.`,
  // 57 no PHI, provider named
  `Hi, this is ${DR('Dr. Mahmoud')}'s office at Riverside Cardiology returning a call about a shared patient. Please call our front desk when you get a chance. Thank you.`,
  // 58 mrn spelled differently
  `Hi, this is ${N('Winston Bell')}, the chart number on my wristband from the ER visit is ${MR('E as in echo 0 0 7 4 3 2 1 9', 'e as in echo zero zero seven four three two one nine')}. I need the ER notes sent to you for my follow-up on ${D('Wednesday the 10th', 'wednesday the tenth')}. ${PH('864-233-7910', 'eight six four two three three seven nine one oh')}.`,
  // 59 IP provided by caller's IT son
  `Hi, ${N('Loretta Fong')}. My grandson set up the portal and he said to tell you it's rejecting the address ${IP('98.207.141.33', 'nine eight dot two oh seven dot one four one dot three three')}. I don't understand it but he said you'd know. My birthday is ${D('March 28th, 1947', 'march twenty eighth nineteen forty seven')}. ${PH('415-661-3307', 'four one five six six one three three oh seven')}.`,
  // 60 claim and member id
  `Yes, hello, I'm calling on behalf of ${N('Arthur Lim')}, I'm his son ${N('Jonathan')}. His Humana claim ${ACC('24-0613-889102', 'two four oh six one three eight eight nine one oh two')} for the date of service ${D('June 13th, 2024', 'june thirteenth twenty twenty four')} was sent to the wrong insurance. His Humana member number is ${HP('H46120583', 'h four six one two oh five eight three')}. ${PH('(718) 339-4402', 'seven one eight three three nine four four oh two')}.`,
  // 61 short: name, dob, reason
  `This is ${N('Kelsey Marr')}, ${D('2/29/96', 'two twenty nine ninety six')}. Just calling to confirm my TB test reading, I was told to come back ${x('48', 'forty eight')} hours after. Okay bye.`,
  // 62 oxygen concentrator, airline
  `Hi, this is ${N('Phyllis Tanaka')}. I'm flying to see my sister on ${D('December 20th', 'december twentieth')} and the airline needs a form for my portable oxygen concentrator, the ${x('Inogen G5', 'inogen g five')}, serial number ${DEV('G5-2203146', 'g five twenty two oh three one four six')}. ${DR('Dr. Yeung')} signed it last year. Fax is fine. Call me at ${PH('808-941-2276', 'eight oh eight nine four one twenty two seventy six')}.`,
  // 63 card discover
  `Hey, ${N('Tyrell Jameson')}, I want to put ${x('$50', 'fifty dollars')} toward my balance. Discover card ${CC('6011-7448-4319-7226', 'six oh one one seven four four eight four three one nine seven two two six')}. Account on the bill is ${ACC('3318 0027', 'three three one eight oh oh two seven')}. ${PH('(601) 442-1180', 'six oh one four four two eleven eighty')}.`,
  // 64 mixed: age under 90 not PHI
  `Hi, this is ${N('Pauline Dressler')}, my husband ${N('Vern')} is ${x('87', 'eighty seven')} and he's been dizzy since the new blood pressure pill. He takes it at ${x('8 a.m.', 'eight a m')}, should he stop it? Our number is ${PH('920-337-5014', 'nine twenty three three seven fifty fourteen')}.`,
  // 65 personal website URL
  `Hi, this is ${N('Colette Marchand')}. I'm a photographer, and for my disability paperwork they asked for proof I can't work, so my booking site, ${U('colettemarchandphoto.com', 'colette marchand photo dot com')}, shows everything's been cancelled since ${D('August 4th', 'august fourth')}. I don't know if that helps the letter. ${PH('504-277-9136', 'five oh four two seven seven nine one three six')}.`,
  // 66 driver license PA
  `Good morning, ${N('Stanley Kowalczyk')}. I need to renew my license and PennDOT wants a vision form. My license number is ${LIC('28 119 046', 'twenty eight one nineteen oh four six')}. Birthday ${D('January 30th, 1952', 'january thirtieth nineteen fifty two')}. Please call ${PH('570-823-6641', 'five seven oh eight two three six six four one')}.`,
  // 67 CPAP with "S/N" label
  `Hi, ${N('Ingrid Solberg')}. After the recall, Philips sent me a new machine, the S/N on the bottom is ${DEV('J28094417B3E1', 'j two eight oh nine four four one seven b three e one')}, and the supplier says your office needs it on file for insurance. Date of birth ${D('the 5th of June, 1968', 'the fifth of june nineteen sixty eight')}. ${PH('(612) 870-2245', 'six one two eight seven oh two two four five')}.`,
  // 68 address with unit and zip only
  `Hey, it's ${N('Tomás Ruiz')}, I just need to update my zip code, it's ${AD('60647', 'six oh six four seven')} now, the rest is the same. Thanks.`,
  // 69 pacemaker clinic visit
  `Hi, this is ${N('Gloria Pennington')}'s husband, ${N('Ralph')}. Her defibrillator shocked her this morning and the device clinic said to call her primary too. The ICD serial they asked for is ${DEV('BXK 117905 H', 'b x k one one seven nine oh five h')}. She's okay now, she's resting. ${PH('(615) 298-4471', 'six one five two nine eight four four seven one')}.`,
  // 70 SSN for new patient
  `Hi, I'm a new patient, ${N('Abdirahman Farah')}. The forms ask for my social, I'll give it to you on the phone, it's ${SS('622 41 0938', 'six two two four one oh nine three eight')}. My insurance is Medica, member ID ${HP('MDC88240177', 'm d c eight eight two four oh one seven seven')}. ${PH('612-290-5530', 'six one two two nine oh fifty five thirty')}.`,
  // 71 CGM receiver, grandmother 
  `Hello, ${N('Bettina Caruso')} calling about my grandson ${N('Luca Caruso')}. Born ${D('August 11th, 2015', 'august eleventh twenty fifteen')}. The school nurse says his Dexcom receiver isn't showing readings and she wants the serial sent to you, it's ${DEV('PG19-3308-75', 'p g nineteen thirty three oh eight seventy five')}. Call me at ${PH('631-447-2018', 'six three one four four seven twenty eighteen')}.`,
  // 72 parking placard plate and VIN
  `Hi, ${N('Marvin Oduro')}. The permanent placard renewal needs either the plate or the VIN. Plate is ${VEH('RWT 3390', 'r w t three three nine oh')}. If they need the VIN it's ${VEH('3GNAXKEV0MS112784', 'three g n a x k e v zero m s one one two seven eight four')}. Please have ${DR('Dr. Campbell')} sign the back. ${PH('(240) 551-8067', 'two four oh five five one eight oh six seven')}.`,
  // 73 no PHI: general question
  `Hi, I just had a question about whether you do the shingles shot in the office or if I go to the pharmacy. It's the two dose one, right? Okay I'll call back tomorrow.`,
  // 74 IP from email bounce
  `Hi, it's ${N('Naveen Choudhary')}. The form you asked me to upload failed, and the error page said upload rejected, client ${IP('100.64.12.7', 'one hundred dot sixty four dot twelve dot seven')}, file too large. I can email it instead to whoever needs it. My email is ${EM('naveen.c@outlook.com', 'naveen dot c at outlook dot com')}, phone ${PH('732-818-4409', 'seven three two eight one eight four four oh nine')}.`,
  // 75 MRN + member ID
  `Hello, this is ${N('Evelyn Ward')}. My Medicaid ID is ${HP('QP17730258', 'q p one seven seven three oh two five eight')} and your office's record number for me is ${MR('MR 551 207', 'm r five five one two oh seven')}. I need to confirm my referral to the dermatologist went through. ${PH('414-873-6621', 'four one four eight seven three six six two one')}.`,
  // 76 transport plate, appointment
  `Hi, this is ${N('Jim')} from the senior center, calling for ${N('Mabel Turnquist')}. Our van will drop her off on ${D('Friday, the 11th', 'friday the eleventh')} for her appointment. The van's plate is ${VEH('MN 884 CTX', 'm n eight eight four c t x')} if your security needs it for the drop-off lane. Call me at ${PH('218-727-3390', 'two one eight seven two seven thirty three ninety')}.`,
  // 77 DOB written as numbers, phone with extension
  `Hi, ${N('Leonard Fitch')}, birth date ${D('12-24-1960', 'twelve twenty four nineteen sixty')}. I'm at work, so call me at ${PH('(313) 596-4400 extension 212', 'three one three five nine six forty four hundred extension two twelve')}. It's about my prostate results.`,
  // 78 card mastercard
  `Hi, it's ${N('Wendy Pak')}, I'd like to pay off the co-pay from ${D('the 26th', 'the twenty sixth')}. Mastercard ${CC('5082 7747 1492 5419', 'five oh eight two seven seven four seven one four nine two five four one nine')}, security code is on the back, I'll give it when you call. ${PH('213-480-6617', 'two one three four eight oh six six one seven')}.`,
  // 79 hearing aid + age
  `Hello, my mother ${N('Olive Brandt')} is ${AG('101', 'a hundred and one')} and her hearing aid battery door broke. Phonak needs the serial, ${DEV('1839XP204', 'eighteen thirty nine x p two oh four')}, and a fax from ${DR('Dr. Stein')}. I'm her daughter ${N('Ruth')}, ${PH('262-547-0913', 'two six two five four seven oh nine one three')}.`,
  // 80 state ID for teen
  `Hi, this is ${N('Marcy Dillard')}. For my daughter ${N('Kenzie')}'s sports physical form they want her state ID number, it's ${LIC('418 227 9034', 'four one eight two two seven nine oh three four')}. Her appointment is ${D('August 14th', 'august fourteenth')}. ${PH('405-361-2288', 'four oh five three six one twenty two eighty eight')}.`,
  // 81 account number read in pairs
  `Hey, it's ${N('Orlando Brice')}, calling about my bill. The account number is ${ACC('55 18 02 93 71', 'fifty five eighteen oh two ninety three seventy one')}. I'm on a payment plan and it still went to collections. ${PH('(901) 327-5508', 'nine oh one three two seven fifty five oh eight')}.`,
  // 82 insulin pump Tandem, school
  `Hi, this is ${N('Nicole Abernathy')}, I'm the school nurse at Westbrook Elementary calling about ${N('Jayden Ortiz')}, date of birth ${D('3/19/2016', 'three nineteen twenty sixteen')}. His pump, serial ${DEV('890551', 'eight nine oh five five one')}, is reading a different basal than the orders you sent. Please call the nurse's office, my direct line is ${PH('207-553-1146', 'two oh seven five five three eleven forty six')}.`,
  // 83 email + member ID letters
  `Hi, ${N('Rachel Goldfarb')}. Could you email the lab order to ${EM('rgoldfarb@fastmail.com', 'r goldfarb at fastmail dot com')}? Quest needs it plus my Anthem ID, ${HP('XKR 402 776 118', 'x k r four oh two seven seven six one one eight')}. Thanks.`,
  // 84 license lost
  `Hello, this is ${N('Douglas Reinholt')}. I left my driver's license at your front desk on ${D('Tuesday the 3rd', 'tuesday the third')}, I think. It's a Wisconsin license, number ${LIC('R543-7720-1188-06', 'r five four three seven seven two oh one one eight eight oh six')}. Did anybody turn it in? ${PH('608-244-7732', 'six oh eight two four four seven seven three two')}.`,
  // 85 provider only, wrong number
  `Hi, this is the IT contractor for ${DR('Dr. Nwosu')}'s satellite office, calling about the fax line setup. Actually never mind, I think I dialed the wrong office. Sorry about that.`,
  // 86 two dates and address
  `Hi, my name is ${N('Celeste Avalos')}. I need a letter saying I was hospitalized from ${D('September 9th', 'september ninth')} to ${D('September 14th', 'september fourteenth')}, for my landlord. It should be addressed to me at ${AD('2750 Birchwood Avenue, Unit 12, Tucson, Arizona 85719', 'twenty seven fifty birchwood avenue unit twelve tucson arizona eight five seven one nine')}. ${PH('520-390-1472', 'five two oh three nine oh fourteen seventy two')}.`,
  // 87 CPAP humidifier - serial vs model
  `Hi, it's ${N('Blake Hutchins')}. The humidifier tub on my ${x('DreamStation 2', 'dreamstation two')} cracked. The supplier said I can get one every ${x('6', 'six')} months but they need the serial of the machine, ${DEV('K2044813A9D03', 'k two oh four four eight one three a nine d oh three')}. Number is ${PH('(775) 326-0914', 'seven seven five three two six oh nine one four')}.`,
  // 88 SSN with words like "double"
  `Yes, this is ${N('Cordelia Fairweather')}, I'm filling out the long-term care application for my aunt ${N('Iris Fairweather')}, she's ${AG('93', 'ninety three')}. They need your office to confirm her social, ${SS('455-00-7218', 'four double five double oh seventy two eighteen')}. Call me on ${PH('207-774-9916', 'two oh seven seven seven four nine nine one six')}.`,
  // 89 plate from accident, name, DOB
  `Hi, this is ${N('Kayla Strand')}. I was rear-ended on ${D('October 27th', 'october twenty seventh')} and my neck's been killing me. The other driver's plate was ${VEH('JHD 7730', 'j h d seventy seven thirty')}, the police report has it, the lawyer said to give it to you for the records. My birthday is ${D('May 5th, 1990', 'may fifth nineteen ninety')}. ${PH('701-235-4418', 'seven oh one two three five four four one eight')}.`,
  // 90 lab caller, provider
  `Hi, this is ${N('Nicole')} from the lab at Mercy. We have a specimen for ${DR('Dr. Patterson')} that came without a requisition. Please call the lab when you can.`,
  // 91 IP from wifi kiosk
  `Hi, ${N('Hector Maldonado')}. I tried checking in on the kiosk in your lobby last week and it froze on a screen that said gateway ${IP('10.0.3.1', 'ten dot zero dot three dot one')} not responding. Just letting you know. Also my new number is ${PH('956-701-3348', 'nine five six seven oh one three three four eight')}.`,
  // 92 medicare + mrn
  `Hi, I'm calling for ${N('Lillian Cho')}, she's my mother, she is ${AG('92', 'ninety two')}. Her Medicare number is ${HP('1EG4-TE5-MK72', 'one e g four t e five m k seven two')}, and she had a fall on ${D('the 6th', 'the sixth')}. I'm ${N('Grace Cho')}, ${PH('425-558-0901', 'four two five five five eight oh nine oh one')}.`,
  // 93 card visa, mixed reading
  `This is ${N('Paul Ferrante')}. Pay my statement with Visa ${CC('4573 9278 4838 3124', 'forty five seventy three ninety two seventy eight forty eight thirty eight thirty one twenty four')}. Call me with the confirmation, ${PH('(401) 272-6690', 'four oh one two seven two sixty six ninety')}.`,
  // 94 URL GoFundMe
  `Hi, ${N('Shawna Briggs')} here. The hospital social worker said your office might write a short letter for my fundraiser for my son's surgery. The page is ${U('gofundme.com/f/help-eli-briggs-heal', 'go fund me dot com slash f slash help eli briggs heal')}. My son is ${N('Eli')}, his surgery is ${D('January 22nd', 'january twenty second')}. ${PH('316-945-2203', 'three one six nine four five twenty two oh three')}.`,
  // 95 URL personal blog
  `Hi, this is ${N('Dorian Pell')}. You asked me to keep a blood pressure log; I've been putting it on my own website, ${U('dorianpell.net/bp-log', 'dorian pell dot net slash b p log')}. My readings are around ${x('150 over 95', 'one fifty over ninety five')}. Call ${PH('802-655-3019', 'eight oh two six five five three oh one nine')}.`,
  // 96 simple, date of service, claim
  `Hello, this is ${N('Francine Obi')}. I'm calling about date of service ${D('April 2nd, 2025', 'april second twenty twenty five')}, the claim number is ${ACCz('998203117')}. The insurance says the diagnosis code was wrong. ${PHz('336-270-4415')}.`,
  // 97 vehicle VIN for transport + ID
  `Hi, it's ${N('Bobby Ray Tuttle')}. Medicaid said my gas reimbursement to dialysis needs the VIN, it's ${VEH('1GCHK29U04E271836', 'one g c h k two nine u zero four e two seven one eight three six')}, and my driver's license, ${LIC('T340 5517 0062', 't three forty fifty five seventeen double oh sixty two')}. They also want a doctor's note. ${PH('(270) 443-1095', 'two seven oh four four three ten ninety five')}.`,
  // 98 short, name + DOB + phone
  `Hi, ${N('Yolanda Price')}, ${D("July 7th, '75", 'july seventh seventy five')}, please call me back about my mammogram results. ${PH('757-622-0188', 'seven five seven six two two oh one eight eight')}.`,
  // 99 CPAP + email
  `Hey, ${N('Lance Ferreira')}. The supplier's asking for my CPAP serial again, it's ${DEV('SN 2210 4478 331', 's n twenty two ten forty four seventy eight three three one')}. Can you send them my sleep study? Or email it to me at ${EM('lance.ferreira@comcast.net', 'lance dot ferreira at comcast dot net')} and I'll forward it.`,
  // 100 IP, age
  `Hi, this is ${N('Fern Oakley')}, I'm ${AG('96', 'ninety six')} and my granddaughter is helping me. The portal says login blocked for ${IP('67.184.203.55', 'sixty seven dot one eighty four dot two oh three dot fifty five')}. Can you reset my password? Call ${PH('541-382-7760', 'five four one three eight two seven seven six oh')}.`,
];
