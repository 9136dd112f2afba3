/**
 * Blind held-out PHI gold set 19: ordinary voicemails left for a US family practice (Brookside Family Medicine),
 * written from scratch by a separate author who never saw the detector, the other held-out sets or the README.
 * Callers are patients and relatives (spouses, adult children, a neighbour, a home-health aide), with varied
 * greetings, orders of details, ways of introducing identifiers and sign-offs. All names, numbers and IDs are invented.
 *
 * Conventions chosen where the dev corpus is silent:
 * - A name spelled out letter by letter right after the name ("Pruitt, P-R-U-I-T-T") is its own NAME span.
 * - Staff named without a title ("Tamika at the front desk", "nurse Colleen") are NAME; a clinician with "Dr." is PROVIDER.
 * - A phone's "extension 14" / "ext. 14" sits inside the PHONE span; "cell"/"landline"/"work" words stay outside.
 * - ADDRESS runs from the house number through street, unit, city, state and zip as far as the caller says them.
 * - URL: a personal page that identifies the patient (CaringBridge, GoFundMe, a caller's own site), spoken with "dot"/"slash".
 * - IP: an address the caller reads off a patient-portal error page. VEHICLE: plate or VIN for a placard or towed car.
 * - Email in spoken form is spelled the way the caller says it ("at", "dot", digits as words).
 * - Insurer names, pharmacy and hospital names, the practice's name, doses, times, counts, weekdays alone,
 *   years alone and ages under 90 are left unlabelled.
 */
import { dg, dgz } from './heldout-blind2-words.ts';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Two digits the way they are said as a pair: "05" -> "oh five", "47" -> "forty seven". */
function pair(p: string): string {
  if (p[0] === '0') return `oh ${ONES[Number(p[1])]}`;
  const n = Number(p);
  if (n < 20) return ONES[n]!;
  return TENS[Number(p[0])]! + (p[1] !== '0' ? ` ${ONES[Number(p[1])]}` : '');
}
/** Four digits as two pairs ("4718" -> "forty seven eighteen", "3100" -> "thirty one hundred"). */
function four(f: string): string {
  if (f.slice(2) === '00' && f[0] !== '0') return `${pair(f.slice(0, 2))} hundred`;
  return `${pair(f.slice(0, 2))} ${pair(f.slice(2))}`;
}
const digits = (w: string): string => w.replace(/\D/g, '');

const N = (w: string, s?: string): string => (s ? `«NAME|${w}|${s}»` : `«NAME|${w}»`);
const DR = (w: string): string => `«PROVIDER|Dr. ${w}»`;
const T = (type: string, w: string, s: string): string => `«${type}|${w}|${s}»`;
/** Phone, read digit by digit with "oh". */
const PH = (w: string, s?: string): string => `«PHONE|${w}|${s ?? dg(digits(w))}»`;
/** Phone, read digit by digit with "zero". */
const PHZ = (w: string): string => `«PHONE|${w}|${dgz(digits(w))}»`;
/** Phone, area code and exchange by digit, last four as pairs. */
const PHP = (w: string): string => { const d = digits(w); return `«PHONE|${w}|${dg(d.slice(0, 6))} ${four(d.slice(6, 10))}»`; };
/** Plain text said differently from how it is written. */
const Q = (w: string, s: string): string => `‹${w}|${s}›`;

export const BLIND19_MESSAGES: string[] = [
  // 0
  `Hey there, it's ${N('Gloria Pruitt')}, that's ${N('P-R-U-I-T-T', 'p r u i t t')}. I ran out of my ${Q('metformin 500', 'metformin five hundred')} on Saturday and the pharmacy says they need a new script from ${DR('Okafor')}. Best number is ${PH('412-739-0186')}. Thanks so much.`,
  `Morning. ${N('Desmond Achterberg')} here, date of birth ${T('DATE', '4/17/1952', 'four seventeen fifty two')}. I'm still coughing after the ${Q('Z-Pak', 'z pak')}, going on ${Q('10 days', 'ten days')} now. Could someone call me at ${PHP('(614) 882-4731')}? Appreciate it.`,
  `Hi, this is ${N('Renata')}, I'm calling for my father, ${N('Bogdan Wisniewski')}. He's ${T('AGE', '91', 'ninety one')} and he's been really confused since yesterday afternoon. ${DR('Lindqvist')} knows him well. Please call me on my cell, ${PH('(708) 215-6630', 'seven oh eight two one five six six three zero')}.`,
  `Yeah hi, ${N('Tom Castellano')}. I just need to know if my lab work came back. I did the fasting draw on ${T('DATE', 'Monday, October 5th', 'monday october fifth')}. You can text or call, ${PHZ('347 608 2219')}. Bye now.`,
  `Good afternoon, my name is ${N('Priya Venkataraman')} and I'm a new patient. I wanted to give you my member ‹ID|i d› ahead of my visit, it's ${T('HEALTH_PLAN_ID', 'W274 118 536', 'w two seven four one one eight five three six')}, that's with Aetna. My phone is ${PHP('919-447-3082')}. Thank you, bye.`,
  // 5
  `Hello, this message is for the billing department. It's ${N('Harold Beaumont')}. I got a statement for ${Q('$214', 'two hundred fourteen dollars')} and I think insurance should have covered it. The account number on the bill is ${T('ACCOUNT', '7730 4419 25', 'seven seven three oh four four one nine two five')}. Call me at home, ${PH('503-288-9147')}.`,
  `Hi, it's ${N('Marisol Echeverria')}. We moved last month so I need to update my address. It's now ${T('ADDRESS', '1846 Larkspur Court, Apartment 3, Naperville, Illinois 60540', 'eighteen forty six larkspur court apartment three naperville illinois six oh five four oh')}. Phone's the same, ${PH('630-551-0728', 'six three oh five five one oh seven two eight')}. Thanks.`,
  `Hello, I'm calling on behalf of my wife, ${N('Judith Kessler')}. She had her knee replaced on ${T('DATE', 'September 22nd', 'september twenty second')} at ‹St.|saint› Luke's and the surgeon wants her to follow up with ${DR('Haskins')}. I'm ${N('Arnold')}, her husband, and you can reach us at ${PHP('(262) 571-1840')}.`,
  `Hi, quick question. Do you guys take walk-ins on Saturday mornings? My son has a rash and I don't think it's anything serious. Okay, I'll just try calling back later. Thanks.`,
  `Yes, hello. ${N('Lorraine Fitzhugh')}, birthday ${T('DATE', 'March 3rd, 1948', 'march third nineteen forty eight')}. The nurse told me to call if my blood pressure stayed over ${Q('160', 'one sixty')}, and it was ${Q('168 over 94', 'one sixty eight over ninety four')} this morning. I'm at ${PH('(815) 390-2264')}.`,
  // 10
  `Hi, ${N('Kwame Boateng')} calling. I need a form filled out for my ‹CDL|c d l› physical, and they want my driver's license number on it, which is ${T('LICENSE', 'B530 2281 7764', 'b five three oh two two eight one seven seven six four')}. If someone could call me back at ${PHP('773-614-9052')} that'd be great.`,
  `This is ${N('Ellen Marchetti')}, I'm calling about my mom, ${N('Rosa Marchetti')}. Her CPAP stopped blowing air last night. The serial on the bottom says ${T('DEVICE', 'CP4471A0938', 'c p four four seven one a oh nine three eight')}. The supply company said the doctor has to send an order. My number is ${PH('585-302-6617')}.`,
  `Hey, it's ${N('Jordan')}, ${N('Jordan Pike')}. Can ${DR('Tran')} call in something for my allergies? The over-the-counter stuff isn't doing it. I'm at ${PHZ('(402) 930-5581')}, after ${Q('4', 'four')} is best.`,
  `Good morning. I'm the daughter of ${N('Walter Greenhalgh')}, he's ${T('AGE', '94', 'ninety four')}. He had a fall at his assisted living place on ${T('DATE', 'November 2nd', 'november second')} and they sent him to the ‹ER|e r›. They want his primary doctor to know. My name is ${N('Susan Greenhalgh-Reyes', 'susan greenhalgh reyes')}, ${PHP('216-744-3019')}.`,
  `Hi, ${N('Nadia Karimi')} here. I signed up for the patient portal but the reset emails never come. My email is ${T('EMAIL', 'nadia.karimi88@gmail.com', 'nadia dot karimi eighty eight at gmail dot com')}. Could someone check it? My phone is ${PH('703-519-4460')}.`,
  // 15
  `Hello, this is Father ${N('Ignatius Mbeki')} from ‹St.|saint› Anne's, but I'm calling as a patient. I need to push my appointment from Thursday to sometime next week. Call me at ${PHP('(313) 268-7705')}. God bless.`,
  `Hi, um, I'm calling for ${N('Bernice Oyelaran')}. I'm her home health aide, my name is ${N('Tamara')}. She's out of her ${Q('furosemide 40', 'furosemide forty')} and she's swelling in her ankles. Her date of birth is ${T('DATE', '8/9/1941', 'eight nine forty one')}. You can call me on ${PH('901-683-2275')}.`,
  `Hi there, ${N('Carter Wolfe')}. I'm paying the balance on my son's account. Card number is ${T('CARD', '4516 1722 4792 3630', 'four five one six one seven two two four seven nine two three six three zero')}. His name is ${N('Liam Wolfe')}. Call me if there's a problem, ${PHZ('520-476-3318')}.`,
  `Good afternoon, this is ${N('Yolanda Briggs')}. I just want to cancel my ${Q('2:45', 'two forty five')} tomorrow with ${DR('Abernathy')}. My daughter's car broke down. I'll call back to reschedule. Thank you.`,
  `Hello, my name is ${N('Martin Oduya')}, and I'm calling about a referral to cardiology. My Medicare number is ${T('HEALTH_PLAN_ID', '3KP7-TD2-WM41', 'three k p seven t d two w m four one')}. Reach me at ${PHP('(410) 955-6203')}. Thank you very much.`,
  // 20
  `Hi, ${N('Ashley Nguyen')}. My chart number is ${T('MRN', 'MR 0047219', 'm r oh oh four seven two one nine')}. I need a copy of my immunization record for nursing school, could you email it to ${T('EMAIL', 'ashleyn.rn@outlook.com', 'ashley n dot r n at outlook dot com')}? Thanks!`,
  `Yes, hi, I'm calling for my husband ${N('Dale Hutchins')}. He's diabetic and his sugar was ${Q('312', 'three twelve')} this morning. He took his ${Q('20 units', 'twenty units')} of Lantus like normal. I'm ${N('Patty')}, call ${PH('(605) 334-8172')}.`,
  `Hello. It's ${N('Evelyn Strand')}, ${T('AGE', '96', 'ninety six')} years young. I'd like ${DR('Lindqvist')} to know I've stopped taking the atorvastatin because of the leg cramps. My number is ${PHP('(218) 722-0459')}. That's all.`,
  `Hey, it's ${N('Brandon Kowalczyk')}. I got a bill from you guys but I paid the copay at the desk on ${T('DATE', 'August 14th', 'august fourteenth')}. Statement number is ${T('ACCOUNT', '50219836', 'five oh two one nine eight three six')}. Call me back, ${PH('414-290-7736')}.`,
  `Hi, I need the handicapped parking form filled out for my mother, ${N('Agnes Tolliver')}. The ‹DMV|d m v› wants her plate number on it, it's ${T('VEHICLE', '8TRK241', 'eight t r k two four one')}. I'm ${N('Denise')}, her daughter, at ${PHP('317-846-5520')}. Thanks a lot.`,
  // 25
  `Hello, is this the office? Okay, it's the machine. This is ${N('Gustavo Ferreira')}. I had the colonoscopy at Mercy on ${T('DATE', 'the 19th of January', 'the nineteenth of january')} and I never heard about the biopsy. Please call ${PH('(305) 661-2094', 'three oh five six six one two oh nine four')}.`,
  `Hi, ${N('Kelsey Dubois')} calling. My new insurance is UnitedHealthcare, subscriber ‹ID|i d› ${T('HEALTH_PLAN_ID', '918447205', 'nine one eight four four seven two oh five')}, group number doesn't matter, right? Anyway, my cell is ${PHZ('(774) 203-6619')}.`,
  `Hi, this is for the nurse line. I'm having some chest tightness when I climb stairs, nothing right now. I'll call back with my information. Bye.`,
  `This is ${N('Raymond Dunleavy')}'s son, ${N('Kevin')}. Dad's been in and out of the hospital and a lot of family wants updates, so we set up a page at ${T('URL', 'caringbridge.org/visit/raymonddunleavy', 'caring bridge dot org slash visit slash raymond dunleavy')}. I'm calling because ${DR('Okafor')} asked for his discharge papers. My number is ${PHP('989-631-4407')}.`,
  `Good morning, ${N('Imani Walker')}, date of birth ${T('DATE', 'December 30th, 1989', 'december thirtieth nineteen eighty nine')}. I need my prenatal vitamin refilled and I also need a note for work for Monday. You can reach me at ${PH('(404) 729-8813')} or email ${T('EMAIL', 'imaniw1989@yahoo.com', 'imani w nineteen eighty nine at yahoo dot com')}.`,
  // 30
  `Yeah, this is ${N('Frank Sobczak')}. Just wanted to say the new blood pressure pill is working, ${Q('130 over 80', 'one thirty over eighty')} all week. No need to call back. Thanks, ${DR('Haskins')}.`,
  `Hi, it's ${N('Leticia Morales-Vance', 'leticia morales vance')}. I'm calling because the portal keeps blocking me, it says suspicious login from ‹IP|i p› ${T('IP', '73.162.48.219', 'seventy three dot one sixty two dot forty eight dot two nineteen')}, which is just my house. Could someone unlock it? I'm at ${PHP('(210) 394-6671')}.`,
  `Hi, ${N('Owen Calloway')}. I'm the patient. I think I got the wrong dose, the bottle says ${Q('25 mg', 'twenty five milligrams')} but ${DR('Tran')} said fifty. Please call me, ${PH('832-417-0963', 'eight three two four one seven oh nine six three')}.`,
  `Hello, I'm calling for my grandmother, ${N('Edna Kowalski')}, she's ${T('AGE', '101', 'a hundred and one')}. Her hearing aid fell in the sink and she needs a new order, I think through you. I'm ${N('Megan Kowalski')}. My number's ${PHZ('(630) 210-4471')}. Thanks.`,
  `Hi, my name is ${N('Samuel Adeyemi')}. My Medicaid ‹ID|i d› is ${T('HEALTH_PLAN_ID', 'MA 40029718', 'm a four oh oh two nine seven one eight')}. I need a physical for a new job by Friday. Call me at ${PHP('267-388-5102')}, thank you.`,
  // 35
  `Good evening, I know you're closed. This is ${N('Helen Yoshida')}. My husband ${N('George')} ran a fever of ${Q('102', 'a hundred and two')} all day, I'll take him to urgent care tonight, but please have ${DR('Beaulieu')} call us in the morning at ${PH('(971) 245-3308')}.`,
  `Hey, this is ${N('Tyler Brandt')}. I need my records sent to my new doctor in Denver. My social is ${T('SSN', '531-77-4092', 'five three one seven seven four oh nine two')} if you need it to find me. Call ${PHP('(720) 318-9946')}.`,
  `Hi. So this is ${N('Carmen Ibarra')}, I'm a patient of ${DR('Ramanathan')}. My Dexcom sensor keeps saying signal loss. The transmitter serial is ${T('DEVICE', '8G7R4K2', 'eight g seven r four k two')}. Is that something you can help with or should I call Dexcom? ${PH('559-207-6134')}. Thanks.`,
  `Hello, it's ${N('Dorothy')}, I live next door to ${N('Cole Abernethy')}. He asked me to call because his voice is gone. He needs his inhaler refilled. You can reach me at ${PHP('(207) 774-2890')}.`,
  `Hi, ${N('Rachel Lindgren')}. I was seen on ${T('DATE', '10/28', 'ten twenty eight')} for the sinus thing and I'm not better. Can I get a second round of antibiotics? ${PH('612-529-0347')}. Thanks.`,
  // 40
  `Hello, this is ${N('Benjamin Szabo')}. I just moved from Ohio, and I want to transfer care here. My new address is ${T('ADDRESS', '27 Birchwood Lane, Fort Collins, Colorado 80521', 'twenty seven birchwood lane fort collins colorado eight oh five two one')}. Phone ${PHZ('(970) 412-6658')}.`,
  `Yes, hi, this is ${N('Muriel Banks')}. I'm calling about my medication list, I think the pharmacy has it wrong. I only take the ${Q('5 mg', 'five milligram')} amlodipine now, one a day. Please call me back at your convenience. Thank you.`,
  `Hey, it's ${N('Diego Alvarado')}. My wife ${N('Lucia')} needs to be seen, she's got bad stomach pain on the right side. Should we go to the ‹ER|e r›? Call me right away, ${PH('956-381-2245')}.`,
  `Hi, ${N('Naomi Feld')}, that's ${N('F-E-L-D', 'f e l d')}. Birthdate ${T('DATE', 'June 11th, 1976', 'june eleventh nineteen seventy six')}. The mammogram place needs an order. You can fax it to them, I don't have their number handy, sorry. Call me at ${PHP('(847) 256-3371')}.`,
  `Hello, ${N('Vernon Pettibone')}. I want to pay my bill over the phone. Visa ${T('CARD', '4554 1324 8103 7037', 'four five five four thirteen twenty four eighty one oh three seventy thirty seven')}. Balance is ${Q('$65', 'sixty five dollars')}, I believe. Call me if you need anything else, ${PH('(919) 680-1142')}.`,
  // 45
  `Hi, it's ${N('Soo-Jin Park', 'soo jin park')}. My mother-in-law ${N('Myung Park')} is visiting from Korea and she's out of her blood pressure medicine. Can ${DR('Ramanathan')} see her? She's ${Q('78', 'seventy eight')}. Call ${PHZ('(571) 330-2084')}.`,
  `Hey, it's ${N('Jake')}, ${N('Jake Riordan')}. I need a note saying I can go back to work after my back injury. Work email for the note is ${T('EMAIL', 'jriordan@riordanplumbing.com', 'j riordan at riordan plumbing dot com')}. Phone is ${PH('402-551-9083')}.`,
  `Hello, this is ${N('Claudette Arsenault')}. My medical record number is ${T('MRN', '30018462', 'three zero zero one eight four six two')}. I'd like to get the results of my bone density scan from ${T('DATE', 'Tuesday the 3rd', 'tuesday the third')}. Thank you, call ${PHP('(603) 772-4418')}.`,
  `Hi, I'm calling for ${N('Theo Grant')}, he's my little boy, he's ${Q('4', 'four')}. Birthday ${T('DATE', 'February 29th, 2020', 'february twenty ninth twenty twenty')}. He needs his kindergarten shots form. I'm ${N('Allison Grant')}, ${PH('385-214-7760')}.`,
  `Hi, ${N('Marcus Bell')} here. I'm a photographer, you can see my info on ${T('URL', 'marcusbellphoto.com', 'marcus bell photo dot com')}, but that's not why I'm calling, ha. I need to reschedule my physical. My cell is ${PHP('(651) 494-0321')}.`,
  // 50
  `Good morning, ${N('Hilda Voss')}. I'm ${T('AGE', '98', 'ninety eight')} and I can't drive anymore, so I need the telephone visit instead. ${DR('Lindqvist')} said it was okay. My telephone is ${PH('(262) 547-1908', 'two six two five four seven one nine oh eight')}.`,
  `Yeah, hi. ${N('Curtis Lyle')}. I think I have strep, my throat's on fire. Any chance of a same day appointment? ${PHZ('216-390-7745')}. Thanks.`,
  `Hi, this is ${N('Anita Sorensen')}, calling for my son ${N('Erik')}. He's away at college and needs his records sent over. His date of birth is ${T('DATE', 'July 4th, 2005', 'july fourth two thousand five')}. Send them to ${T('EMAIL', 'erik.sorensen@wisc.edu', 'erik dot sorensen at wisc dot e d u')}. I'm at ${PHP('(608) 833-2217')}.`,
  `Hello, ${N('Philip Ashworth')}, member ‹ID|i d› ${T('HEALTH_PLAN_ID', 'XJP 8830 2215', 'x j p eight eight three oh two two one five')}, Blue Cross. I had a claim denied for the visit on ${T('DATE', 'April 8th', 'april eighth')}. Can your billing look into it? ${PH('(317) 582-6603')}.`,
  `Hi, it's ${N('Rebecca Tan')}. Just letting you know I picked up the prescription from ‹CVS|c v s›, so you can ignore my earlier message. Thanks, have a good weekend.`,
  // 55
  `Hi, my name is ${N('Alan Whitcomb')}, I'm calling because my pacemaker clinic wants ${DR('Beaulieu')} to sign off on something. The device serial they gave me is ${T('DEVICE', 'PJN 604418', 'p j n six oh four four one eight')}. My number is ${PHP('(814) 237-6650')}. Thank you.`,
  `Hello, this is ${N('Gwen Hollister')}. I left my car in your lot overnight because I got a ride home after my procedure, and now it's been towed. It's a grey Honda, plate ${T('VEHICLE', 'HLS 4092', 'h l s four oh nine two')}. Can you tell me who towed it? ${PH('(503) 617-2283')}.`,
  `Hi, ${N('Pedro Guzman')}, ${N('G-U-Z-M-A-N', 'g u z m a n')}. I need to update my phone number. The new one is ${PHZ('(210) 505-8817')}, the old one is disconnected. Thank you.`,
  `Hello, I'm calling about my father, ${N('Ernest Blackwood')}. His date of birth is ${T('DATE', '1/23/1933', 'one twenty three thirty three')}, so he's ${T('AGE', '93', 'ninety three')}. We're moving him to hospice and they need his records. I'm his daughter ${N('Linda')}, my cell is ${PHP('(864) 271-4409')}.`,
  `Hey, it's ${N('Kendra Foster')}. Can you tell ${DR('Tran')} the sertraline is making me really tired? I'm taking ${Q('50', 'fifty')} at night. Call me after ${Q('5:30', 'five thirty')}, ${PH('(314) 662-0918')}.`,
  // 60
  `Good morning. ${N('Abdul Rahman Siddiqui', 'abdul rahman siddiqui')}. I work nights so please call my work line, ${T('PHONE', '(312) 443-7700 extension 214', 'three one two four four three seven seven oh oh extension two fourteen')}. It's about my cholesterol results.`,
  `Hi, ${N('Tasha Greer')}. I'm not sure if this is the right place. I got a letter saying my insurance changed to Molina. New ‹ID|i d› is ${T('HEALTH_PLAN_ID', '7734019826', 'seven seven three four oh one nine eight two six')}. Could you update my file? ${PHP('(216) 553-1279')}.`,
  `This is ${N('Howard')} calling for ${N('Irene Feinstein')}, my wife. She has a fever and a cough and she's had ${Q('2', 'two')} doses of Tylenol. She's ${Q('84', 'eighty four')}. We'd like ${DR('Abernathy')} to call us, ${PH('(561) 487-3302')}.`,
  `Hi, ${N('Jasmine Okoro')}. I need to add my daughter as a new patient. Her name is ${N('Zuri Okoro')}, born ${T('DATE', 'May 2nd', 'may second')} this year. Our address is ${T('ADDRESS', '904 Kettering Road, Dayton, Ohio 45429', 'nine oh four kettering road dayton ohio four five four two nine')}. Phone ${PHZ('(937) 620-4415')}.`,
  `Hi, yeah, calling from the car, sorry for the noise. This is ${N('Ross')}, I'm on ${DR('Okafor')}'s schedule for Wednesday. I'm going to be about ${Q('15 minutes', 'fifteen minutes')} late. Don't cancel me please.`,
  // 65
  `Hello, ${N('Maureen Gallagher')}. Quick one. My social security number for the disability paperwork, the form wants it, it's ${T('SSN', '208 44 6153', 'two oh eight forty four sixty one fifty three')}. Please fill that in and fax it. Call me at ${PH('(724) 832-0097')} if you need more.`,
  `Hi there, this is ${N('Luis Carrasco')}. I have a question about the insulin pump order. Pump serial ${T('DEVICE', 'NG2281945H', 'n g two two eight one nine four five h')}. The supply company is waiting on you. Best number ${PHP('(505) 268-3390')}.`,
  `Hi, this is ${N('Wendy Albrecht')}. I was told to call and leave my Walgreens, it's the one on Oak Street in Elmhurst. That's for ${N('Kurt Albrecht')}'s prescription. Thanks.`,
  `Hey, good morning, ${N('Nathaniel Osei')}. I'm listed as my aunt's emergency contact, ${N('Comfort Osei')}. She was admitted to Northwestern on ${T('DATE', 'Sunday, November 8th', 'sunday november eighth')}. Please call me at ${PH('(872) 214-6057', 'eight seven two two one four sixty fifty seven')}.`,
  `Hi, I'm trying to reach the nurse, ${N('Colleen')}. This is ${N('Beverly Santangelo')}. She asked me to call back with my readings. Top number ${Q('142', 'one forty two')}, bottom ${Q('88', 'eighty eight')}. I'm at ${PHZ('(609) 381-7724')}.`,
  // 70
  `Hello, ${N('Stanley Wojcik')}. Driver's license ${T('LICENSE', 'W220-4471-9086', 'w two two oh four four seven one nine oh eight six')}. The sleep study place wants it with the referral. I'm at ${PHP('(630) 941-2207')}. Thanks.`,
  `Hi, ${N('Fiona MacLeod')}, I'm a patient of ${DR('Haskins')}. I'm just calling to say thank you for squeezing me in last week. No need to call back.`,
  `Hello there, ${N('Clarence Hobbs')}. I need my ${Q('90-day', 'ninety day')} supply of lisinopril sent to Express Scripts. Date of birth ${T('DATE', 'the 14th of August, 1950', 'the fourteenth of august nineteen fifty')}. Thank you. Oh, and my number, ${PH('(501) 223-8840')}.`,
  `Hi, ${N('Olivia Brennan')}. Our family set up a fundraiser for my dad's treatment, ${T('URL', 'gofundme.com/f/help-mike-brennan', 'go fund me dot com slash f slash help mike brennan')}, and the nurse asked for the link for the social worker. My dad is ${N('Michael Brennan')}. ${PHP('(412) 366-0815')}.`,
  `Hello, ${N('Janet Crowley')}. I'm supposed to get my ‹B12|b twelve› shot every month and I missed September. Can I come in any day next week? ${PHZ('(207) 985-4412')}.`,
  // 75
  `Hi, this message is for ${DR('Ramanathan')}. This is ${N('Vikram Shah')}. I switched to a new phone plan, so my number is now ${PHP('(469) 307-2211')}. Also my email changed to ${T('EMAIL', 'vshah.dfw@proton.me', 'v shah dot d f w at proton dot m e')}.`,
  `Hi, ${N('Loretta Mims')}. I'm calling because I got a statement for an account I don't recognize, number ${T('ACCOUNT', '22091847', 'two two oh nine one eight four seven')}. I've never been to that lab. Please call ${PH('(901) 458-2236')}.`,
  `Hello, I'm calling for ${N('Mildred Eckhart')}, she's ${T('AGE', '99', 'ninety nine')}, I'm her caregiver ${N('Rosalind')}. Her chart number is ${T('MRN', 'MR-558204', 'm r five five eight two oh four')}. She needs a flu shot at home if you do home visits. ${PHZ('(316) 684-7751')}.`,
  `Hi, ${N('Derek Chu')}. My appointment reminder text came to the wrong number. My correct cell is ${PH('(628) 217-4490', 'six two eight two one seven forty four ninety')}. Thanks.`,
  `Good afternoon, it's ${N('Beatrice Lamont')}. I wanted to get on the list for the shingles vaccine. I'm ${Q('67', 'sixty seven')}, never had it. Call me back on ${PHP('(802) 658-3304')}.`,
  // 80
  `Hey, it's ${N('Cody')}, ${N('Shauna Reilly')}'s boyfriend. She's sick and asked me to call and cancel her physical on ${T('DATE', 'November 21st', 'november twenty first')}. She'll call to reschedule. Thanks.`,
  `Hi, my name's ${N('Ingrid Halvorsen')}. I'm calling about the paperwork for my handicap placard. They want my ‹VIN|v i n› since the placard is tied to my van, ${T('VEHICLE', '2C4RDGCG5KR719402', 'two c four r d g c g five k r seven one nine four oh two')}. Phone is ${PH('(701) 232-6648')}.`,
  `Hello, ${N('Gerald Nakamura')}. I took my last dose of the prednisone on ${T('DATE', 'October 30th', 'october thirtieth')} and the rash is coming back. ${DR('Beaulieu')} wanted to know. I'm at ${PHP('(808) 941-5530')}.`,
  `Hi, this is ${N('Dana Whitfield')}. I'm calling to give my updated address for the billing. It's ${T('ADDRESS', '3318 West Fulton Street, Unit 2R, Chicago 60624', 'thirty three eighteen west fulton street unit two r chicago six oh six two four')}. Thanks so much.`,
  `Hi, ${N('Armando Reyes')}. I need a refill on the ${Q('gabapentin 300', 'gabapentin three hundred')}, I take it ${Q('3', 'three')} times a day. Walmart on Route ${Q('9', 'nine')}. Call me, ${PHZ('(915) 772-0614')}.`,
  // 85
  `Good morning, this is ${N('Rhoda Finkelstein')}. My insurance card says Medicare, number ${T('HEALTH_PLAN_ID', '5RV2-HM8-QT63', 'five r v two h m eight q t six three')}. I think you have my old one on file. Please call me at ${PH('(305) 947-2108')}.`,
  `Hi, I'm calling for my brother, ${N('Tobias Lang')}. He doesn't speak much English. His date of birth is ${T('DATE', '11/2/1968', 'eleven two nineteen sixty eight')}. He needs a follow-up for his diabetes. I'm ${N('Greta')}, ${PHP('(412) 521-9987')}.`,
  `Hello, this is ${N('Cynthia Moreau')}. The portal shows a login from ${T('IP', '98.214.7.130', 'ninety eight dot two fourteen dot seven dot one thirty')} that wasn't me. I'm a little worried about my information. Please call ${PH('(773) 248-5061')}.`,
  `Hey, this is ${N('Marcus')}, calling for my grandpa ${N('Leon Tibbs')}. He's ${T('AGE', '92', 'ninety two')}. He fell in the bathroom Tuesday night. He's okay but he's sore. ${DR('Okafor')} wanted to know about any falls. ${PH('(601) 355-4478')}.`,
  `Hi, ${N('Erin Castellanos')}. Credit card for my balance, ${T('CARD', '5436 3474 6917 0243', 'five four three six three four seven four six nine one seven oh two four three')}. I'm paying the ${Q('$40', 'forty dollar')} copay from my visit on ${T('DATE', 'October 12th', 'october twelfth')}. ${PHP('(720) 855-1106')}.`,
  // 90
  `Hello, it's ${N('Norma Pettit')} calling. My medical record number is ${T('MRN', '61200478', 'six one two zero zero four seven eight')} and I need a copy of my last ‹EKG|e k g› for my cardiologist. You can reach me at ${PHZ('(937) 254-3301')}.`,
  `Hi, ${N('Hector Villanueva')}. My driver's license number for the new patient form, ${T('LICENSE', 'V540 8812 3371', 'v five four oh eight eight one two three three seven one')}. Date of birth ${T('DATE', 'September 9th, 1983', 'nine nine eighty three')}. Thanks, ${PH('(602) 331-8894')}.`,
  `Hi, sorry, I think I called the wrong office. Disregard.`,
  `Hello, ${N('Agatha Lindstrom')}. I'm ${T('AGE', '90', 'ninety')} and I'd like to know if I still need the pneumonia shot. My son ${N('Peter')} can bring me in. Call ${PHP('(218) 726-4413')}.`,
  `Hi, ${N('Shanice Holloway')}, I'm calling on behalf of ${N('Marvin Holloway')}, my dad. He needs the blood sugar strips refilled, he checks ${Q('4', 'four')} times a day now. His account number is ${T('ACCOUNT', '81004326719', 'eight one oh oh four three two six seven one nine')}. Please call me at ${PH('(334) 262-9013')}.`,
  // 95
  `Good morning, it's ${N('Reginald Fortune')}. My social is ${T('SSN', '649-20-3318', 'six four nine two zero three three one eight')}, the insurance needs it for the prior authorization. My phone is ${PHP('(225) 383-6602')}.`,
  `Hi, ${N('Margaret Quinlan')}, I'm calling to update my address, ${T('ADDRESS', '55 Pinecrest Drive, Bangor, Maine 04401', 'fifty five pinecrest drive bangor maine oh four four oh one')}. My number hasn't changed. Thank you.`,
  `Hello, ${N('Devon Macintyre')}. My new cell is ${PHZ('(843) 906-2217')}. I keep a blog about my kidney transplant, ${T('URL', 'www.devonsnewkidney.net', 'w w w dot devons new kidney dot net')}, the transplant team asked ${DR('Abernathy')} to read it. Okay bye.`,
  `Hi, it's ${N('Tricia Kalinowski')}. My social security number is ${T('SSN', '412 90 7738', 'four one two nine oh seven seven three eight')}, I'm filling out the ‹FMLA|f m l a› form. Can someone fax it back to my job today? My cell is ${PH('(630) 277-4185')}.`,
  `Hi, this is ${N('Rodney Vasquez')}. The ‹VA|v a› asked me to get my private doctor's notes. I'm logging in to the portal from ${T('IP', '24.7.118.62', 'twenty four dot seven dot one eighteen dot sixty two')} and it keeps failing. Call ${PHP('(915) 598-3302')}.`,
  // 100
  `Hello, ${N('Clara Whitmore')}. My American Express for the balance, ${T('CARD', '3773 578049 26771', 'three seven seven three five seven eight oh four nine two six seven seven one')}. I'm at ${PH('(561) 392-8806')}. Thank you.`,
  `Hi, ${N('Ahmed Farouk')}. My medical record number is ${T('MRN', 'MR 772109', 'm r seven seven two one oh nine')}. The specialist says you never sent the referral. I'm at ${PHP('(703) 241-5587')}. Thank you.`,
  `Hey, this is ${N('Jill Sandoval')} calling for my husband ${N('Rick')}. His CPAP mask is cracked. The machine serial is ${T('DEVICE', '23171844095', 'two three one seven one eight four four oh nine five')}. He needs a new prescription for the mask. ${PHZ('(505) 877-2290')}.`,
  `Hi, I'm ${N('Dwayne Mercer')}, plate number ${T('VEHICLE', 'MZR 7730', 'm z r seven seven three oh')}. I got a parking ticket in your lot while I was at my appointment. Can someone vouch? ${PH('(317) 291-4406')}.`,
  `Hello, ${N('Lydia Okonjo')}, email ${T('EMAIL', 'lydia.okonjo@icloud.com', 'lydia dot okonjo at i cloud dot com')}. Please send my lab results there. Thank you.`,
  // 105
  `Hi, it's ${N('Bianca Ferraro')}. The portal won't let me see my results, it says my ‹IP|i p› ${T('IP', '67.183.20.245', 'sixty seven dot one eighty three dot twenty dot two forty five')} is blocked. My date of birth is ${T('DATE', 'January 7th, 1995', 'january seventh nineteen ninety five')}. Call me back on ${PHP('(412) 608-3157')}, thank you.`,
  `Hello, this is ${N('Winston Achebe')} calling for my wife, ${N('Adaeze')}. She lost her wallet, so for the new patient form her state ‹ID|i d› number is ${T('LICENSE', 'D7712 40638 91045', 'd seven seven one two four oh six three eight nine one oh four five')}. You can call me on ${PHZ('(301) 649-2280')}. Cheers.`,
];
