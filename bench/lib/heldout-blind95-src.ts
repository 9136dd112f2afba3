/**
 * Blind held-out PHI gold set 95: the after-hours voicemail of an internal medicine and pediatrics practice in
 * Louisville, Kentucky. Callers come from across the metro (the West End neighbourhoods of Portland, Shawnee
 * and Russell, the South End, the East End), from southern Indiana (Jeffersonville, New Albany, Clarksville)
 * and from rural counties (Bardstown, Shepherdsville, Shelbyville, Mount Washington). Among them: Cuban and
 * Bosnian families, Nepali-speaking Bhutanese and Congolese refugee families with a son, daughter, niece or
 * neighbour interpreting, UPS Worldport night-sort workers and bourbon-distillery shift workers who sleep by
 * day, horse-farm and backside workers at Churchill Downs, parents of small children, and several callers over
 * ninety. Messages cover refills, results, school, sports and work notes, DOT physicals, Kentucky and Indiana
 * Medicaid (Passport, WellCare, Aetna Better Health, Humana, Anthem, CareSource) member IDs, Medicare numbers,
 * billing, Derby-week and Thunder scheduling, and Ohio River flood-season road and bridge closures. Pharmacies,
 * labs, home-health agencies and other offices call too. Some messages hold no PHI at all.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy or religious title stays outside a NAME span ("Mrs. «Beckham»", "Reverend «Cornelius
 *   Whitlow»"); "Dr." stays inside PROVIDER.
 * - Clinicians, and staff of this practice, pharmacies, labs, home-health agencies and other medical offices
 *   named in their working role ("«Josh» at the Kroger pharmacy", "«Amber» in billing"), are PROVIDER;
 *   patients, callers, relatives, interpreters who are relatives or neighbours are NAME. A family name said as
 *   "the «Kasongo» family" is NAME.
 * - A spelled-out name ("«H-O-D-Z-I-C»") is its own NAME span.
 * - DATE covers a full or partial calendar date tied to a person (birth, visit, discharge, absence, due date of
 *   a form, appointment, "the «23rd»" with "the" outside); a weekday said with its date is inside. Weekdays,
 *   months, years alone, named days (Derby Day, Oaks Day, Thunder, Christmas), relative words, clock times,
 *   durations and card expiry dates are not labelled.
 * - Every callback number (caller, relative, pharmacy, lab, employer, agency) is PHONE, fax included, with a
 *   caller's extension inside; this practice's menu options and extensions are not labelled. A false start the
 *   caller abandons stays outside; a full repeat is its own span.
 * - Last four of a social and a full social are SSN. Chart, patient, portal and hospital record numbers are
 *   MRN; billing account numbers and workers'-comp / insurance claim numbers are ACCOUNT; Medicaid, Medicare,
 *   managed-care member and subscriber IDs are HEALTH_PLAN_ID (group numbers are not); a commercial driver's
 *   licence is LICENSE; pump, CPAP and glucose-sensor serials are DEVICE; a licence plate or VIN is VEHICLE; a
 *   personal web page (CaringBridge) is URL; an IP address read off an error screen is IP; an insurer's
 *   prior-authorization reference number is ACCOUNT. The last four of a payment card and its security code
 *   are plain text; insurer staff named in their role are PROVIDER, a restaurant manager is NAME.
 * - ADDRESS: a street address and/or the town, city, county or Louisville neighbourhood where a patient or caller
 *   lives or is staying ("I live in «Portland»", "out in «Bardstown»"), said together as one span. Pharmacies,
 *   employers (Worldport, Jim Beam, Heaven Hill, Churchill Downs, horse farms), schools (Male, Ballard,
 *   Atherton), hospitals (Norton Audubon, Mary & Elizabeth, Clark Memorial, Flaget), roads named as routes or
 *   closures (River Road, Utica Pike, Muhammad Ali Boulevard as a pharmacy's location) and a state alone are not
 *   labelled.
 * - AGE only for ages over 89 (the number phrase alone, "a hundred" included); younger ages, doses, lab
 *   values, room numbers, counts and money are plain text.
 * - Spoken forms say numbers the way each caller did: digit by digit with "oh" or "zero", pairs, "double",
 *   "hundred", restarts; emails with "at" and "dot".
 */

const q = (s: string): string => s.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
const mk = (type: string) => (w: string, s?: string): string =>
  s === undefined ? `«${type}|${w}»` : `«${type}|${w}|${q(s)}»`;
const N = mk('NAME');
const P = mk('PROVIDER');
const D = mk('DATE');
const PH = mk('PHONE');
const AG = mk('AGE');
const AD = mk('ADDRESS');
const H = mk('HEALTH_PLAN_ID');
const M = mk('MRN');
const AC = mk('ACCOUNT');
const C = mk('CARD');
const SS = mk('SSN');
const E = mk('EMAIL');
const L = mk('LICENSE');
const DV = mk('DEVICE');
const URL = mk('URL');
const IP = mk('IP');
const V = (w: string, s: string): string => `«VEHICLE|${w}|${q(s)}»`;
const T = (w: string, s: string): string => `‹${w}|${q(s)}›`;

export const BLIND95_MESSAGES: string[] = [
  // 1
  `Hola, hi, this is ${N('Yanelis Fonseca')}, I'm calling for my mom, ${N('Caridad Fonseca Ruiz')}, she only speaks Spanish so I do the talking for her. She needs the refill on the metformin, the ${T('500', 'five hundred')}, and the lisinopril. Her birthday is ${D('August 17th, 1957', 'august seventeenth nineteen fifty seven')}. She has Passport, the Medicaid, and the number is ${H('3190446728', 'three one nine, oh four four, six seven two eight')}. Call me at ${PH('502-555-0147', 'five oh two, five five five, oh one four seven')}. Gracias.`,
  // 2
  `Hey, this is ${N('Darnell Pryor')}. I work nights at Worldport, the Next Day Air sort, so I'm asleep till like ${T('2', 'two')} in the afternoon, please don't call before that. I need a note for missing my shift ${D('Tuesday the 11th', 'tuesday the eleventh')}, I was in here with the kidney stone. Number is ${PH('502-555-0163', 'five oh two, five five five, oh one six three')}. Again, ${PH('502-555-0163', 'five zero two, five five five, zero one six three')}. Thanks.`,
  // 3
  `Hello, this is Mrs. ${N('Odessa Beckham')}. I'm ${AG('94', 'ninety four')} years old and I don't do the computer, so don't tell me to go on no portal. I need my eye drops and my blood pressure medicine called in to the Walgreens on Muhammad Ali, my grandson ${N('Terrence')} will pick them up. My number is ${PH('502-555-0119', 'five oh two, five five five, oh one one nine')}. Let it ring now, it takes me a minute to get to the phone.`,
  // 4
  `Hi, good afternoon, my name is ${N('Emina Hodžić')}, ${N('H-O-D-Z-I-C', 'h o d z i c')}. I am calling for my husband ${N('Mirsad')}, he has appointment with ${P('Dr. Vanmeter')} on the ${D('23rd', 'twenty third')}, but he works second shift at the Ford truck plant and they changed his schedule. Can you move to the morning? ${PH('502-555-0182', 'five oh two, five five five, zero one eight two')}. Hvala, thank you.`,
  // 5
  `Namaste, hello. I am ${N('Suman Adhikari')}, I am calling for my father, ${N('Tika Ram Adhikari')}. He does not speak English so I will interpret for him. His date of birth is ${D('January 1st, 1956', 'january first nineteen fifty six')}. He is having dizziness since three days and his sugar this morning was ${T('310', 'three hundred ten')}. Please call me back, ${PH('502-555-0128', 'five zero two, five five five, zero one two eight')}, I am off work after ${T('4', 'four')} o'clock.`,
  // 6
  `Hello, good morning. My name is ${N('Espérance Mukendi')}. I am calling for my auntie, ${N('Mapendo Bahati')}, she speaks Swahili and a little French. She was at the hospital, at Jewish, and they discharged her ${D('Saturday, March 8th', 'saturday march eighth')}. The hospital says she must see her doctor in one week. Her doctor is ${P('Dr. Okonkwo')}. My phone is ${PH('502-555-0171', 'five oh two, five five five, oh one seven one')}. Merci, thank you.`,
  // 7
  `Hi, it's ${N('Kayla Strother')}, I live over in ${AD('Jeffersonville')} and with the bridge traffic I'm gonna be like twenty minutes late for my ${T('9:40', 'nine forty')}. Is that still okay or do I need to reschedule? ${PH('812-555-0136', 'eight one two, five five five, oh one three six')}.`,
  // 8
  `Hi, yeah, I was just wondering if y'all are open today, with the river up and the floodwall gates closed on River Road I didn't know if you'd be closed too. I'll just try back in a little bit. Thanks.`,
  // 9
  `Hey there, this is ${N('Clint Hardesty')}. I work the backside at Churchill Downs, I'm a groom, and Derby week is just crazy for us, so I need to push my physical out past the first week of May. Anything after the ${D('10th', 'tenth')} would be great. My birthday is ${D('11/30/79', 'eleven thirty seventy nine')}. Call me, ${PH('502-555-0154', 'five oh two, five double five, oh one five four')}.`,
  // 10
  `Hi, this is ${P('Josh')} at the Kroger pharmacy on Dixie Highway, calling for ${P('Dr. Pham')}. We got a script for amoxicillin for ${N('Jaylen Sowell')}, date of birth ${D('4/2/2019', 'four two twenty nineteen')}, and it's written for ${T('875', 'eight seventy five')} twice a day, which seems high for a ${T('5', 'five')} year old, so I just want to verify the dose. Pharmacy number is ${PH('502-555-0190', 'five oh two, five five five, oh one nine oh')}, and our fax is ${PH('502-555-0191', 'five oh two, five five five, oh one nine one')}.`,
  // 11
  `Hi, this is ${N('Wendell Spalding')}, calling about my mother, ${N('Agnes Spalding')}. She's ${AG('97', 'ninety seven')} and she lives with us out in ${AD('Bardstown')} now. She fell Sunday, nothing broken, they checked her over at Flaget, but ${P('Dr. Hatfield')} always wants to know about any falls. Her birthday is ${D('February 2nd, 1928', 'february second nineteen twenty eight')}. We're at ${PH('502-555-0108', 'five oh two, five five five, oh one oh eight')}.`,
  // 12
  `Yes ma'am, this is ${N('Tamika Gatewood')}, calling for my son ${N('Kendrick')}, he's ${T('11', 'eleven')}. We switched over to WellCare and his member ID is ${H('WC88301754', 'w c eight eight three, oh one seven, five four')}. He has his well-child on ${D('Friday, April 25th', 'friday april twenty fifth')} and I wanted y'all to have it before then. I'm at ${PH('502-555-0142', 'five oh two five five five oh one forty two')}.`,
  // 13
  `Yeah, it's ${N('Bobby Ray Thixton')}, call me back. ${PH('502-555-0177', 'five oh two, five five five, oh one seventy seven')}.`,
  // 14
  `Hi, good morning, ${N('Crystal Mattingly')} here. I work at the Jim Beam plant down in Clermont and I cut my hand on the bottling line Friday, they sent me to the urgent care and told me to follow up with my regular doctor. I don't think it's infected but it's real red. I live in ${AD('Shepherdsville')} so I could come up any afternoon. ${PH('502-555-0115', 'five oh two, five five five, zero one one five')}. Oh, and the workers' comp claim number is ${AC('WC-2025-118734', 'w c twenty twenty five, one one eight seven three four')}.`,
  // 15
  `Hi, my name is ${N('LaShonda Merriweather')}, I'm calling to update my address. We moved, it's ${AD('3519 Vermont Avenue, Louisville, 40211', 'thirty five nineteen vermont avenue, louisville, four oh two one one')}. Same phone number. My birthday is ${D('9/9/88', 'nine nine eighty eight')}. And my kids ${N('Amari')} and ${N('Zion')} need the same address put on theirs. Thank you.`,
  // 16
  `Buenos días, my name is ${N('Eulogio Ramírez')}, I work at a horse farm in Simpsonville. A horse kicked me in the leg on Monday and it's very swollen, very purple. ${P('Dr. Hatfield')} saw me before. I live in ${AD('Shelbyville')}. My phone is ${PH('502-555-0131', 'five oh two, five five five, oh one three one')}. Thank you.`,
  // 17
  `Hi, this is ${N('Lorraine Hagan')}, I'm calling for my aunt, ${N('Mildred Hagan')}, she's ${AG('91', 'ninety one')}. She had a Medicare Advantage plan and she's going back to regular Medicare, so the number to use now is ${H('4HX7-QM3-TK52', 'four h x seven, q m three, t k five two')}. Her birthday's ${D('July 9th, 1933', 'july ninth nineteen thirty three')}. If you need me, ${PH('502-555-0164', 'five oh two, five five five, oh one six four')}.`,
  // 18
  `Hi, um, this is ${N('Dylan Cundiff')}, my number is ${T('502', 'five oh two')}, uh, no, wait, that's my work phone, call my cell instead, it's ${PH('812-555-0104', 'eight one two, five five five, oh one oh four')}. I'm calling about the ultrasound results from last week, ${P('Dr. Pham')} ordered it. I live in ${AD('New Albany')}, so if I need to come back in, mornings are better before the bridge gets bad.`,
  // 19
  `Hi, this is ${N('Renee Dabney')}, my daughter ${N('Kiara Dabney')} goes to Male High and she missed ${D('Monday the 14th', 'monday the fourteenth')} and ${D('Tuesday the 15th', 'tuesday the fifteenth')} with the stomach bug. She was seen here Monday by the nurse practitioner, ${P('Abby Jennings')}. Can y'all fax the note to the school or put it on the portal? Her birthday is ${D('June 6th, 2009', 'june sixth two thousand nine')}. ${PH('502-555-0125', 'five oh two, five five five, oh one two five')}.`,
  // 20
  `Hey, I need to get my son in for a sports physical, he's trying out for soccer at Ballard and the form is due ${D('July 31st', 'july thirty first')}. His name is ${N('Ermin Begović')}, he's ${T('15', 'fifteen')}, birthday ${D('3/3/2010', 'three three twenty ten')}. This is his dad, ${N('Admir')}. ${PH('502-555-0158', 'five oh two five five five oh one five eight')}.`,
  // 21
  `Hi, it's ${N('Gary Lee Ballard')}. I'm out in ${AD('Utica, Indiana')}, and with the water up on the Indiana side they closed Utica Pike, so I can't make it in tomorrow for my ${T('8:15', 'eight fifteen')}. Can you move me to next week sometime? ${PH('812-555-0149', 'eight one two, five five five, oh one four nine')}. Thank you.`,
  // 22
  `Hello, my name is ${N('Amani Bisimwa')}. My brother's children came from Uganda last month, they are refugees from Congo, and Kentucky Refugee Ministries says the children need the vaccines before they can start school. The children are ${N('Furaha')}, ${N('Neema')} and ${N('Baraka Bisimwa')}. I speak English and Swahili, so please call me, ${PH('502-555-0186', 'five oh two, five five five, zero one eight six')}. Thank you very much.`,
  // 23
  `Oye, hi, this is ${N('Yusniel Pérez')}. I need my lab results sent by email because I work at the hub at night and I miss all the calls. My email is ${E('yusniel.perez90@gmail.com', 'yusniel dot perez nine zero at gmail dot com')}. Date of birth ${D('12/5/90', 'twelve five ninety')}. Thank you.`,
  // 24
  `Hi, ${N('Brittany Hollan')} calling. I'm on Kentucky Medicaid, Aetna Better Health, and the card they sent me has a new number on it. It's ${H('5102337846', 'five one oh two, three three, seven eight four six')}. Wait, let me read that again, ${H('5102337846', 'five one zero two three three seven eight four six')}. Yeah. Call me if you need anything else, ${PH('502-555-0113', 'five oh two, five five five, oh one thirteen')}.`,
  // 25
  `Good morning, this is Reverend ${N('Cornelius Whitlow')}. I'm ${AG('92', 'ninety two')} years young, and I'm calling about the shingles shot. My church is having a health fair and the nurse there said I should ask my own doctor, that's ${P('Dr. Okonkwo')}. I was born ${D('October 14th, 1932', 'october fourteenth nineteen thirty two')}. My telephone number is ${PH('502-555-0102', 'five oh two, five five five, oh one oh two')}. God bless.`,
  // 26
  `Hi, this is ${N('Meredith Ashby')}, I want to pay on my bill, the account is ${AC('200418836', 'two double oh, four one eight, eight three six')}. Put it on my Visa, ${C('4512 8390 7716 4022', 'four five one two, eight three nine oh, seven seven one six, four oh two two')}, expires ${T('11/27', 'eleven twenty seven')}, the whole ${T('$142.50', 'one forty two fifty')}. My number is ${PH('502-555-0166', 'five oh two five five five oh one six six')} if it doesn't go through.`,
  // 27
  `Hi, this is ${P('Dana')} in the lab at Norton Audubon calling a critical value for ${P('Dr. Pham')}. Patient is ${N('Harold Mayes')}, date of birth ${D('5/20/41', 'five twenty forty one')}, medical record number ${M('40071853', 'four oh oh seven, one eight five three')}, potassium is ${T('6.4', 'six point four')}. Please call us back at ${PH('502-555-0193', 'five oh two, five five five, oh one nine three')}, ask for the core lab.`,
  // 28
  `Hi, I'm calling for my mother-in-law, ${N('Dil Maya Gurung')}, she doesn't speak English, only Nepali. I'm her daughter-in-law, ${N('Pabitra')}. She needs an appointment for her knee pain, and she needs a Nepali interpreter in person, not the phone one, she can't hear the phone one. Her Medicaid number is ${H('8834017265', 'eight eight three four, oh one seven, two six five')}. Call me at ${PH('502-555-0139', 'five oh two, five five five, oh one three nine')}, I work at UPS so just leave a message.`,
  // 29
  `Hi, I'm calling to see if y'all are taking new patients. It's me, my husband, and three kids, and we all have Passport. If somebody could call back, um, actually, never mind, I'll just call back in the morning. Thanks.`,
  // 30
  `Hi, this is ${N('Trevor Goodlett')}. I was in for my appointment this morning and somebody backed into my truck in your parking lot, white Silverado, Kentucky plate ${V('794 RKT', 'seven nine four, r k t')}. There's a dent and paint but no note. If anybody at the front desk saw anything, call me, ${PH('502-555-0120', 'five oh two, five five five, oh one two oh')}.`,
  // 31
  `Hey, ${N('Randy Pennington')} here. I drive a feeder for UPS and I need a DOT physical, can I get in before ${D('June 12th', 'june twelfth')}? That's when my medical card runs out. They told me to give my CDL number when I call, it's ${L('P04-918-377', 'p oh four, nine one eight, three seven seven')}. ${PH('502-555-0150', 'five oh two, five five five, oh one fifty')}.`,
  // 32
  `Hi, this is ${N('Heather Wimsatt')}, calling about my son ${N('Caden')}, he's type ${T('1', 'one')}, and his Omnipod controller quit on us last night. Insulet needs a letter from ${P('Dr. Ruckriegel')} to replace it and they asked for the serial, it's ${DV('PDM4B7731092', 'p d m four b seven seven three one oh nine two')}. His date of birth is ${D('8/14/2014', 'august fourteenth twenty fourteen')}. Call me, ${PH('502-555-0141', 'five oh two, five five five, zero one four one')}.`,
  // 33
  `Yeah, this is ${N('Earl Tingle')}. The CPAP company says they need something from the doctor saying I'm using the machine or the insurance won't keep paying. The serial number on the bottom is ${DV('23161487092', 'two three one six one four eight seven oh nine two')}. I use it every night, seven, eight hours. ${PH('502-555-0181', 'five oh two, five five five, oh one eight one')}.`,
  // 34
  `Hi, I can't get into the patient portal, it locked me out after three tries and now it says access denied from IP address ${IP('73.112.48.209', 'seventy three dot one twelve dot forty eight dot two oh nine')}, contact your administrator. My name is ${N('Jennifer Yates')}, my patient ID is ${M('P0048213', 'p zero zero four eight two one three')}. Call me at ${PH('502-555-0145', 'five oh two, five five five, oh one four five')}.`,
  // 35
  `Hi, this is ${N('Ruth Ann Edwards')}'s daughter, ${N('Lisa')}. Mom's home from Baptist East now and the home health nurse asked me to let ${P('Dr. Vanmeter')} know. We post updates for the family on her CaringBridge page, it's ${URL('caringbridge.org/visit/ruthannedwards', 'caring bridge dot org slash visit slash ruth ann edwards')}, if the doctor wants to look at the wound pictures I put up. My number is ${PH('502-555-0117', 'five oh two, five five five, oh one one seven')}.`,
  // 36
  `Hello, I am ${N('Senada Mujić')}. The billing lady, ${P('Amber')}, she asked me for the last four of my social for the insurance. It is ${SS('6620', 'six six two oh')}. My birthday is the ${D('2nd of April 1971', 'second of april nineteen seventy one')}. Phone ${PH('502-555-0174', 'five zero two, five five five, zero one seven four')}. Thank you.`,
  // 37
  `Hi, this is ${N('Gloria Tyus')}, I'm calling about my grandbaby, ${N('Maliyah')}. She's ${T('8', 'eight')} months and she's been pulling at her ear and running a fever, ${T('101.6', 'a hundred one point six')}. I keep her in the daytime while her mama works at Heaven Hill. We live on ${AD('Bank Street in Portland')}. Can somebody call me, ${PH('502-555-0122', 'five oh two, five five five, oh one two two')}?`,
  // 38
  `Good evening, I am calling for my grandmother, ${N('Chandra Kala Subedi')}. She is ${AG('90', 'ninety')}. She speaks only Nepali, I am her granddaughter, ${N('Anisha')}. She is coughing for two weeks and now there is little blood when she coughs. Please, we want to see the doctor tomorrow. My number ${PH('502-555-0169', 'five oh two, five five five, zero one six nine')}.`,
  // 39
  `Hi, ${N('Marcus Oyler')}, date of birth ${D('2/28/67', 'two twenty eight sixty seven')}. I'm on the Lyrica and the Celexa and I'm down to two days on both. Kroger on Preston Highway. Thanks.`,
  // 40
  `This is ${P('Sharon')}, the school nurse at Atherton. I have ${N('Owen Pfeiffer')} here, one of your patients, and his inhaler at school is expired, we need a new medication authorization form signed by the doctor for the albuterol. His mom is ${N('Danielle Pfeiffer')}, her number is ${PH('502-555-0133', 'five oh two, five five five, oh one three three')}. Our fax is ${PH('502-555-0138', 'five oh two, five five five, oh one three eight')}.`,
  // 41
  `Hey, it's ${N('Jared')}, uh, ${N('Jared Bivens')}. Just wanted to know if my strep test came back, they did the culture Thursday. ${PH('502-555-0106', 'five oh two five five five oh one oh six')}.`,
  // 42
  `Hello, good morning, my name is ${N('Bhim Bahadur Rai')}, I am calling myself, I speak little English. Appointment, today, ${T('10:30', 'ten thirty')}, I cannot come, my car is broken. Please, new appointment. Phone ${PH('502-555-0124', 'five, zero, two, five, five, five, zero, one, two, four')}. Thank you, sir.`,
  // 43
  `Hi, this is ${N('Noor Haddad')}, I'm ${N('Odessa Beckham')}'s neighbor. She asked me to call because she's not feeling good, she says her feet are swollen up big. She doesn't want to go to the emergency room. She's ${AG('94', 'ninety four')} so I'm worried. She's at ${AD('2713 West Madison Street', 'twenty seven thirteen west madison street')}. My number is ${PH('502-555-0135', 'five oh two, five five five, oh one three five')}.`,
  // 44
  `Hi, calling from Humana about a prior authorization for ${N('Deborah Lyles')}, member ID ${H('H71820455', 'h seven one eight two oh four five five')}, for the Jardiance. We need chart notes from the last visit. My name is ${P('Tonya')}, the fax is ${PH('1-800-555-0199', 'one eight hundred, five five five, oh one nine nine')}, reference ${AC('PA-55129043', 'p a five five one two nine oh four three')}.`,
  // 45
  `Yes, hi, this is ${N('Dolores Fentress')} and I'm calling to cancel my appointment ${D('Friday, May 2nd', 'friday may second')}. I completely forgot it was Oaks Day, there's no way I'm getting across town. I'll call back Monday to reschedule. Thank you.`,
  // 46
  `Hi, my name is ${N('Tracy Hornback')}, my son ${N('Hunter')} is ${T('17', 'seventeen')} and he needs his meningitis booster before senior year. He also needs his forms for the job at Kentucky Kingdom. His birthday is ${D('November 20th, 2007', 'november twentieth two thousand seven')}. We're in ${AD('Mount Washington')}. Call me back at ${PH('502-555-0179', 'five oh two, five five five, oh one seven nine')}, or my husband ${N('Rick')}, ${PH('502-555-0180', 'five oh two, five five five, oh one eight oh')}.`,
  // 47
  `Hi, this is Mr. ${N('Ivory Lewis')}, I'm a patient of ${P('Dr. Okonkwo')}. I got a letter saying my account is going to collections and I've been paying ${T('$25', 'twenty five dollars')} a month like the lady said. The account number on the letter is ${AC('77102984', 'seven seven one oh, two nine eight four')}. Please call me before you send it anywhere, ${PH('502-555-0157', 'five oh two, five five five, oh one five seven')}.`,
  // 48
  `Hey, it's ${N('Shelby Cox')}, I'm in Thursday at ${T('4:15', 'four fifteen')} with ${P('Dr. Hatfield')} and I wanted to see if I could bring my sister too, she needs a flu shot. She's a patient already. Okay, bye.`,
  // 49
  `Hi, this is ${N('Katarina Jurić')}, I need to reschedule my mammogram at the Mary and Elizabeth imaging place, the referral from you guys says it's good until the end of June, is that right? And my address changed, I live at ${AD('1406 Lewis and Clark Parkway, Apartment 12, Clarksville, Indiana', 'fourteen oh six lewis and clark parkway, apartment twelve, clarksville, indiana')} now. My cell's the same, ${PH('502-555-0111', 'five oh two, five five five, oh one one one')}.`,
  // 50
  `Hi, this is ${N('Latrice Moorman')} returning ${P('Marlene')}'s call, the nurse. She said something about my thyroid numbers. I'm at work at the Jeffboat, no, sorry, I'm not there no more, I'm at the Amazon now. Just call my cell, ${PH('502-555-0152', 'five oh two, five five five, oh one five two')}, after ${T('3', 'three')}.`,
  // 51
  `Buenas, this is ${N('Osmany Valdés')}, I was seen ${D('March 20th', 'march twentieth')} for my back. ${P('Dr. Pham')} said she would send the MRI order to Baptist but they still haven't called me. My birthday is ${D('9/13/84', 'nine thirteen eighty four')}. Call me at ${PH('502-555-0105', 'five oh two, five five five, oh one oh five')}, or my wife ${N('Dayamí')}, ${PH('502-555-0101', 'five oh two, five five five, oh one oh one')}.`,
  // 52
  `Hi, I'm a mom of twins, ${N('Asher')} and ${N('Ava Whitehouse')}, they're ${T('4', 'four')}, and I need the kindergarten forms, the eye exam and the physical form for JCPS. Birthday ${D('January 9th, 2021', 'january ninth twenty twenty one')}, both of them obviously. My name is ${N('Courtney Whitehouse')}, ${PH('502-555-0159', 'five oh two, five five five, oh one five nine')}.`,
  // 53
  `Hi, this is ${P('Kim')} with Bluegrass Home Health, calling about a mutual patient, ${N('Lucille Poe')}, date of birth ${D('3/17/1931', 'three seventeen nineteen thirty one')}. She's ${AG('94', 'ninety four')}, and her blood pressure has been running in the ${T('170s', 'one seventies')} at our last two visits. We need orders or a callback from ${P('Dr. Vanmeter')}. You can reach me at ${PH('502-555-0197 extension 312', 'five oh two, five five five, oh one nine seven, extension three twelve')}.`,
  // 54
  `Hello? Hello. Okay. This is ${N('Arvella Jones')}, I'm trying to get my medicine. Call me. ${PH('502-555-0103', 'five oh two, five five five, oh one oh three')}. That's my daughter's phone, ${N('Vonda')}. Bye.`,
  // 55
  `Hi, I'm calling for my husband, ${N('Hari Prasad Dahal')}, ${N('D-A-H-A-L', 'd a h a l')}. He works at the Heaven Hill bottling in Bardstown, third shift, and his sugar was low at work, ${T('52', 'fifty two')}, they sent him home. He takes the glipizide. I am ${N('Sita')}. Phone ${PH('502-555-0127', 'five zero two, five five five, zero one two seven')}. Please call before ${T('3', 'three')} o'clock, he sleeps in the day.`,
  // 56
  `Hi, this is ${N('Jasmin Halilović')}, I need my records sent to my new doctor, we are moving out of state. Date of birth ${D('November 11th, 1979', 'november eleventh nineteen seventy nine')}. My chart number from your letter is ${M('000418337', 'zero zero zero four one eight three three seven')}. The new office fax is ${PH('314-555-0142', 'three one four, five five five, oh one four two')}. Thank you.`,
  // 57
  `Hey, this is ${N('DeAndre Gatewood')}, ${N('Tamika')}'s husband. She called earlier about ${N('Kendrick')}'s insurance, and I'm just letting y'all know I got the card in front of me now and the ID is actually ${H('WC88301745', 'w c eight eight three oh one seven four five')}, she had the last two backwards. Sorry about that. ${PH('502-555-0143', 'five oh two, five five five, oh one four three')}.`,
  // 58
  `Hi, this message is for ${P('Dr. Ruckriegel')}, this is ${P('Dr. Sandra Obi')}, pediatric endocrinology at Norton Children's. I saw your patient ${N('Mateo Castellanos')} today and I'm going to start him on a pump. I'd like to touch base about his thyroid labs. My cell is ${PH('502-555-0110', 'five oh two, five five five, oh one one oh')}. Thanks.`,
  // 59
  `Hello, I call for my father, ${N('Hasan Begić')}, he has ${T('78', 'seventy eight')} years. He need more of the strips for the sugar machine, the pharmacy say the doctor need to send new. His birthday ${D('5.6.1946', 'fifth of june nineteen forty six')}. I am his daughter, ${N('Lejla')}, ${PH('502-555-0161', 'five oh two, five five five, oh one sixty one')}.`,
  // 60
  `Hey, this is ${N('Tyler Mattingly')}, my wife ${N('Crystal')} called earlier about her hand. Just to add, workers' comp said it has to be the claim number on the note, not her social, the claim is ${AC('WC-2025-118734', 'w c twenty twenty five, one one eight, seven three four')}. Thanks.`,
  // 61
  `Hi, I need a refill on my son's ADHD medicine, the methylphenidate, ${T('18', 'eighteen')} milligrams. His name is ${N('Brayden Hayes')}, birthday ${D('10/4/2013', 'ten four two thousand thirteen')}. We use the CVS on Bardstown Road. It's his mom, ${N('Amber Hayes')}. ${PH('502-555-0185', 'five oh two, five five five, oh one eight five')}.`,
  // 62
  `Hi, this is ${N('Charlene Dupree')}, I live in ${AD('Shawnee')}, near the park, and the bus to your office got rerouted with the flooding on Northwestern Parkway so I won't be able to make my ${T('1:30', 'one thirty')} on ${D('Wednesday the 9th', 'wednesday the ninth')}. Could you call me, ${PH('502-555-0148', 'five oh two, five five five, oh one four eight')}?`,
  // 63
  `Hello, my name is ${N('Jean-Claude Nkulu')}, I am interpreter for my neighbor, Mama ${N('Kabeya')}, her full name is ${N('Bernadette Kabeya')}. She is pregnant, she is due ${D('August 30th', 'august thirtieth')}, and she needs the Medicaid letter for the WIC. Her Medicaid is ${H('6612078843', 'six six one two, oh seven eight, eight four three')}. You can call me at ${PH('502-555-0188', 'five oh two five five five zero one eight eight')}.`,
  // 64
  `Hi, I'm calling about my dad, ${N('Leroy Dabney')}, he's at UofL Hospital, room ${T('614', 'six fourteen')}, and they want to know who his primary doctor is. I told them ${P('Dr. Okonkwo')}. They're going to fax something over. His date of birth is ${D('12/12/52', 'twelve twelve fifty two')}. This is his son, ${N('Marcus')}, ${PH('502-555-0173', 'five oh two, five five five, oh one seven three')}.`,
  // 65
  `Hi, just checking if the office is going to be open Derby Day, or the Friday before. I work at the track all week and I'm trying to figure out when I can come in. I'll call back.`,
  // 66
  `Hey, it's ${N('Kenny Whelan')}. I pay my bill on the website and it charged me twice, ${T('$60', 'sixty dollars')} two times. It was the Discover ending in ${T('9456', 'nine four five six')}. Billing can call me, ${PH('812-555-0116', 'eight one two, five five five, oh one one six')}.`,
  // 67
  `Hello, I would like to make an appointment for my mother, she is ${AG('96', 'ninety six')}, her name is ${N('Zdenka Kovačević')}. She is living with me now in ${AD('Fern Creek')}. She needs a new doctor because her doctor retired. She has Medicare and Humana supplement. My name is ${N('Vesna')}, ${PH('502-555-0176', 'five oh two, five five five, zero one seven six')}.`,
  // 68
  `Hi, ${N('Patrick Logsdon')}, I was in yesterday for the physical and I forgot to tell ${P('Dr. Hatfield')}, I'm on the Xarelto now, the cardiologist at Jewish started it in February, ${T('20', 'twenty')} milligrams. Figured he should know. ${PH('502-555-0109', 'five oh two, five five five, oh one oh nine')}.`,
  // 69
  `Hi, this is ${N('Mayelín Castro')}, I'm calling to pay. Mastercard ${C('5374 1902 6685 5309', 'five three seven four, one nine oh two, six six eight five, five three oh nine')}. Expiration ${T('04/28', 'oh four twenty eight')}, and the code on the back is ${T('317', 'three one seven')}. It's for my son's visit, ${N('Dariel Castro')}. Thank you, bye.`,
  // 70
  `Hi, ${N('Roberta Sweeney')} here. I'm taking care of my dad, ${N('Elmer Sweeney')}, he's ${AG('99', 'ninety nine')}, he'll be ${AG('a hundred')} in October. He's off his appetite and sleeping all day. Could ${P('Dr. Vanmeter')} do a home visit or telehealth? He can't really get in the car anymore. ${PH('502-555-0132', 'five oh two, five five five, oh one three two')}.`,
  // 71
  `Hey, this is ${N('Quentin Rowe')}, ${PH('502-555-0178', 'five oh two five five five oh one seven eight')}. I need to talk to somebody about my blood pressure pills, they making me cough. Okay.`,
  // 72
  `Hi, my name is ${N('Espoir Kalala')}. I am calling for my wife, ${N('Rachel Kalala')}. She has the baby ${D('February 19th', 'february nineteenth')}, at Norton Women's, and the baby needs to see the pediatric doctor for the two month shots. The baby is ${N('Gloire Kalala')}. We have WellCare, baby's number ${H('WC91744028', 'w c nine one seven, four four, oh two eight')}. My number, ${PH('502-555-0183', 'five oh two, five five five, oh one eight three')}.`,
  // 73
  `Hi, I'm calling to ask about the whooping cough shots for grandparents. My daughter's having a baby in June and she says everybody who's going to hold the baby has to have it. I'm ${T('68', 'sixty eight')}. Do I need an appointment or can I just walk in? I'll call back. Thank you.`,
  // 74
  `Hi, this is ${N('Melvin Cheatham')}, I need my diabetic shoes form signed again, the shoe place needs it every year. I see ${P('Dr. Okonkwo')}. My Passport number is ${H('2209384117', 'twenty two oh nine, thirty eight, forty one seventeen')}. Birthday ${D('April 4th, 1949', 'april fourth forty nine')}. ${PH('502-555-0134', 'five oh two, five five five, oh one three four')}.`,
  // 75
  `Good morning, this is ${P('Latoya')} from ${P('Dr. Sadiq')}'s office at Kidney Care of Louisville. We're sending over a consult note on ${N('Walter Bland')} and we need his last two metabolic panels. Date of birth ${D('7/7/45', 'seven seven forty five')}. Our fax is ${PH('502-555-0195', 'five oh two, five five five, oh one nine five')}, phone ${PH('502-555-0194', 'five oh two, five five five, oh one nine four')}.`,
  // 76
  `Hi, uh, I'm a new patient, I have an appointment next Tuesday and I got the email to do the paperwork online but it went to my old email. Can you change it to ${E('tbaker.ky502@outlook.com', 't baker dot k y five oh two at outlook dot com')}? My name is ${N('Tiffany Baker')}, birthday ${D('6/1/95', 'six one ninety five')}. Thanks.`,
  // 77
  `Hey y'all, it's ${N('Nate Caudill')}. Real quick, my son ${N('Colt')} got stung by a wasp at the farm this morning and his hand's swelled up, no trouble breathing or nothing. I gave him Benadryl, ${T('12.5', 'twelve and a half')} milligrams. Just want to know if I should bring him. ${PH('502-555-0121', 'five oh two, five five five, zero one two one')}.`,
  // 78
  `Hello, this is ${N('Amra Salihović')}. I got a bill for ${T('$310', 'three hundred ten dollars')} and my insurance is Anthem Medicaid, I should not get a bill. My member number is ${H('YRK447029186', 'y r k, four four seven, oh two nine, one eight six')}. The bill account number is ${AC('88010427', 'eight eight oh one, oh four two seven')}. Please call me, ${PH('502-555-0107', 'five oh two, five five five, oh one oh seven')}.`,
  // 79
  `Hi, it's ${N('Missy Greenwell')}, I'm in ${AD('Bardstown')} and I just wanted to let ${P('Dr. Pham')} know the Bardstown ER said my dad's pneumonia is better. His name is ${N('Floyd Greenwell')}. Oh and he'll be ${AG('90', 'ninety')} next week, if y'all want to send a card, ha. ${PH('502-555-0160', 'five oh two, five five five, oh one six oh')}.`,
  // 80
  `Hi, this is ${N('Jorge Luis Sarduy')}. I need a letter for my job at the distillery, Brown-Forman, that I can go back with no restrictions after my surgery ${D('April 7th', 'april seventh')}. ${P('Dr. Hatfield')} did the follow up. Email to ${E('jlsarduy@yahoo.com', 'j l sarduy at yahoo dot com')}, or call ${PH('502-555-0156', 'five oh two, five five five, oh one five six')}.`,
  // 81
  `Hi, my name is ${N('Prem Kumar Ghimire')}. My son ${N('Bikash')}, he is ${T('6', 'six')}, he has a rash all over, since yesterday, and fever. The school sent him home. Our Medicaid is CareSource Indiana, we live in ${AD('Jeffersonville')}, the number is ${H('100487229914', 'one zero zero four, eight seven two, two nine nine one four')}. Please call, ${PH('812-555-0128', 'eight one two, five five five, oh one two eight')}.`,
  // 82
  `Hi, I'm calling to say please take ${N('Gerald Furlong')} off the appointment list, he passed away ${D('March 29th', 'march twenty ninth')}. I'm his wife, ${N('Jean')}. Y'all were always good to him. Thank you.`,
  // 83
  `Yeah, this is ${N('Ronnie Hatfield')}. No relation to the doctor, ha. I need my cholesterol pill refilled, the atorvastatin, ${T('40', 'forty')}. And I'm out of the Flonase. Birthday ${D('8/8/58', 'eight eight fifty eight')}. I live in ${AD('Shelbyville')}, so the Walmart there is fine. ${PH('502-555-0144', 'five oh two, five five five, oh one four four')}.`,
  // 84
  `Hi, it's the front desk at the Valley Station Walgreens, this is ${P('Monique')}. We have a patient here, ${N('Tanisha Crowe')}, who says her Medicaid changed to Passport, and her prescription from ${P('Dr. Pham')} is getting rejected. Her new ID is ${H('5540918302', 'five five four oh, nine one eight, three oh two')}. Can somebody update it and resend? ${PH('502-555-0196', 'five oh two, five five five, oh one nine six')}.`,
  // 85
  `Hi, I'm trying to get a copy of my son's shot record for his new school in Indiana, we moved to ${AD('Sellersburg')}. His name is ${N('Jaxon Tingle')}, ${N('T-I-N-G-L-E', 't i n g l e')}. Born ${D('May 15th, 2016', 'may fifteenth twenty sixteen')}. My email is ${E('ktingle.mom@gmail.com', 'k tingle dot mom at gmail dot com')}. Thanks so much.`,
  // 86
  `Hi, this is ${N('Ahmad Rahimi')}. I'm a new patient with ${P('Dr. Vanmeter')} on the ${D('29th', 'twenty ninth')}. Do I need to bring my old records from Kabul or can I just tell the doctor? And I don't have insurance yet, how much is it? ${PH('502-555-0187', 'five oh two, five five five, oh one eight seven')}.`,
  // 87
  `Hi, it's ${N('Joyce Ann Bickett')}. I'm ${AG('93', 'ninety three')} and I'm calling for myself, thank you very much. I need to come in for my ears, they're stopped up again and ${P('Dr. Okonkwo')} usually flushes them. Tuesdays are my best day, my nephew drives me. ${PH('502-555-0112', 'five oh two, five five five, oh one one two')}.`,
  // 88
  `Hello, this is ${N('Lidia Morales')}. I live here in ${AD('Louisville')}, but I'm calling about my mother, she's still in Cuba. Can the doctor write a letter that she needs her medicines so I can send them? She's not a patient. My number is ${PH('502-555-0140', 'five oh two, five five five, oh one four oh')}.`,
  // 89
  `Hi, ${N('Devon Kaelin')}, birthday ${D('January 30th, 1993', 'january thirtieth ninety three')}. Got a new job at UPS and they need the TB test read. I got it placed at the Minute Clinic Monday but I can't get back there in time. Can y'all read it tomorrow? ${PH('502-555-0118', 'five oh two, five five five, oh one one eight')}. Thanks.`,
  // 90
  `Hi, I'm calling for ${N('Bishnu Maya Tamang')}, she is ${AG('91', 'ninety one')}, she is my grandma. Her medicine is finished, the amlodipine and the one for her heart. She use the pharmacy on Taylor Boulevard. Her date of birth is ${D('1/1/1934', 'one one nineteen thirty four')}. My name is ${N('Sunita')}, ${PH('502-555-0137', 'five oh two, five five five, oh one three seven')}, thank you.`,
  // 91
  `Hey, this is ${N('Chris')} from the Jeffersontown Chick-fil-A, I'm the manager. One of my employees, ${N('Madison Gilpin')}, asked me to call, she passed out at work and her mom's on the way. She says you're her doctor. Her mom is ${N('Angie')}, ${PH('502-555-0155', 'five oh two, five five five, oh one five five')}.`,
  // 92
  `Hi, it's ${N('Kara Lindsey')} calling for my little one, ${N('Wren Lindsey')}, she's ${T('2', 'two')}. We have her ${T('2', 'two')} year checkup on ${D('June 3rd', 'june third')} but I'm on the schedule at the hospital that day. Could we do ${D('June 5th', 'june fifth')} or ${D('the 6th', 'the sixth')}? ${PH('812-555-0172', 'eight one two, five five five, oh one seven two')}. We're in ${AD('New Albany')}.`,
  // 93
  `Hi, this is ${N('Arturo Benítez')}, I'm the one from the horse farm, I was in Monday for the kick. The X-ray place at Baptist needs my Medicaid number again, it's WellCare, ${H('WC30022871', 'w c three zero zero, two two, eight seven one')}. Call me, ${PH('502-555-0123', 'five oh two, five five five, oh one two three')}.`,
  // 94
  `Hi, I'm just calling, my daughter had her shots here Monday and she's got a lump on her thigh where they gave it, about the size of a quarter. No fever. Is that normal? I'll call back when you open. Thanks.`,
  // 95
  `Hi, ${N('Sharita Beasley')}, ${D('12/22/86', 'twelve twenty two eighty six')}. I'm pregnant, I just found out, and I need a referral to an OB, I have Passport, member ID ${H('3047718265', 'three oh four seven, seven one eight, two six five')}. I'd like somebody on the West End if possible. ${PH('502-555-0165', 'five oh two, five five five, oh one six five')}.`,
  // 96
  `Hi, this message is for ${P('Marlene')}, the nurse. This is ${N('Latrice Moorman')} again. I forgot to say my old address is on file, I moved to ${AD('1822 Dumesnil Street in Russell', 'eighteen twenty two dumesnil street in russell')}, if y'all are sending the lab order in the mail. Same cell number.`,
  // 97
  `Hello, I am calling for ${N('Mwamini Zawadi')}, my sister. She had the baby boy ${D('Sunday, the 13th of April', 'sunday the thirteenth of april')}. They say he has jaundice and needs to be checked at the doctor in two days. He has no name yet, just baby boy ${N('Zawadi')}. I am ${N('Faida')}, ${PH('502-555-0189', 'five oh two, five five five, oh one eight nine')}.`,
  // 98
  `Yeah, hi, ${N('Wayne Kessinger')}, I'm a patient of ${P('Dr. Hatfield')}. Had my colonoscopy at Baptist East ${D('April 2nd', 'april second')}, they took out two polyps, and I wanted to make sure y'all got the pathology. Date of birth ${D('11/19/63', 'eleven nineteen sixty three')}. My work number, ${PH('502-555-0146 extension 2204', 'five oh two, five five five, oh one four six, extension twenty two oh four')}, or my cell, ${PH('502-555-0170', 'five oh two, five five five, oh one seven oh')}.`,
  // 99
  `Hi, I was transferred to extension ${T('240', 'two forty')} for the nurse line but nobody answered. I pressed ${T('3', 'three')} for refills earlier and that went to voicemail too. My name is ${N('Helen Stumler')}, I need a callback about my potassium pill, I take ${T('20', 'twenty')} milliequivalents and they only gave me ten days. ${PH('502-555-0114', 'five oh two, five five five, oh one one four')}.`,
  // 100
  `Hi, it's ${N('Tomás Herrera')}, I need a physical for the Kentucky Horse Racing license, I'm an exercise rider. The form says it's due by ${D('May 20th', 'may twentieth')}. My license number from last year is ${L('KHRC-20417', 'k h r c two oh four one seven')}. ${PH('502-555-0153', 'five oh two, five five five, oh one five three')}.`,
  // 101
  `Hi, this is ${N('Florence Ratliff')}, ${N('R-A-T-L-I-F-F', 'r a t l i f f')}. I'm ${AG('a hundred and one')}, honey, and I just wanted to say the new water pill is working, my ankles are down. ${P('Dr. Vanmeter')} asked me to call and tell her. No need to call back. Bye now.`,
  // 102
  `Hi, my name is ${N('Gabriel Mendoza')}, we live in ${AD('Shelbyville')}, my daughter ${N('Valeria')} has a fever for three days, ${T('103', 'a hundred three')}. We have Anthem Medicaid, her ID is ${H('YRK552190334', 'y r k five five two, one nine oh, three three four')}. Please call me, ${PH('502-555-0168', 'five oh two, five five five, oh one six eight')}. Gracias.`,
  // 103
  `Hi, it's ${N('Beth Ann Clements')}. My Dexcom sensor fell off after two days and Dexcom wants the lot number and the transmitter serial. The transmitter is ${DV('8G4K7H', 'eight g four k seven h')}. They also want a new prescription for sensors from the doctor. ${PH('502-555-0129', 'five oh two, five five five, oh one two nine')}.`,
  // 104
  `Hi, this is ${N('Dennis Pogue')}, I'm calling for my mother-in-law, ${N('Opal Pogue')}. She's ${AG('95', 'ninety five')}, she's at Masonic Homes now, in the memory care, room ${T('218', 'two eighteen')}. The nurse there needs a new order for her Namenda. Her birthday is ${D('June 30th, 1929', 'june thirtieth nineteen twenty nine')}. My number's ${PH('502-555-0130', 'five oh two, five five five, oh one three oh')}.`,
  // 105
  `Hi, this is ${N('Alicia Thurman')}, my son ${N('Jalen')} plays football at Butler and he got hit in practice and has a headache, the trainer said to get him checked for a concussion before he can play Friday. Birthday ${D('2/14/2008', 'two fourteen two thousand eight')}. Can y'all fit him in? ${PH('502-555-0151', 'five oh two, five five five, oh one five one')}. Thank you.`,
  // 106
  `Hello, this is ${N('Yoandri Quintana')}. I need the paper for the immigration, the vaccine form, the ${T('I-693', 'i six ninety three')}, ${P('Dr. Pham')} said she can do it. My birthday ${D('23 of September 1988', 'twenty three of september eighty eight')}. Phone ${PH('502-555-0192', 'five zero two, five five five, zero one nine two')}. My email ${E('yoandri.q88@icloud.com', 'yoandri dot q eight eight at icloud dot com')}.`,
  // 107
  `Hi, I'm calling for my mom, ${N('Nermina Softić')}. She had a stroke in ${T('2019', 'twenty nineteen')} and now she is worse with the walking, falling. Can the doctor order a walker? She has Medicare, ${H('7KR2-AD4-MT19', 'seven k r two, a d four, m t one nine')}. I am ${N('Alma')}, ${PH('502-555-0162', 'five oh two, five five five, oh one six two')}.`,
  // 108
  `Hey, this is ${N('Travis Yocum')}, I live down in ${AD('Bullitt County')}, and I'm supposed to have a follow-up for my blood pressure but I'm working doubles at the Worldport hub through Thanksgiving and Christmas peak. Can we do a video visit? ${PH('502-555-0167', 'five oh two, five five five, oh one six seven')}.`,
  // 109
  `Hi, it's ${N('Bernice Goatley')}, I'm ${AG('92', 'ninety two')}, I been seeing y'all since the old office on Broadway. I want to know if the river is going to close y'all again this week, because last time I came all the way down there and the door was locked. Call me, ${PH('502-555-0116', 'five oh two, five five five, oh one one six')}.`,
  // 110
  `Hi, ${N('Shannon Riggs')} here, I'd like to pay my balance, it's on the American Express, ${C('3784 209153 66029', 'three seven eight four, two oh nine one five three, six six oh two nine')}. Account number ${AC('61093347', 'six one oh nine, three three four seven')}. Thanks.`,
  // 111
  `Hi, I'm calling for my grandson, ${N('Keyon Sowell')}, I'm his grandmother and I have custody. I need a copy of his shot record and I need my name added so I can bring him in. My name is ${N('Gwendolyn Sowell')}, and we're at ${AD('4217 Greenwood Avenue', 'forty two seventeen greenwood avenue')}. My number is ${PH('502-555-0126', 'five oh two, five five five, oh one two six')}. His birthday is ${D('July 22nd, 2017', 'july twenty second twenty seventeen')}.`,
  // 112
  `Hello, my name is ${N('Ganga Bhattarai')}, I am calling because my father, ${N('Lok Nath Bhattarai')}, his eyes are yellow today. He is ${T('71', 'seventy one')}. He drinks a lot before, but not now. Please call me, ${PH('502-555-0184', 'five oh two, five five five, oh one eight four')}. We are in ${AD('Okolona')}.`,
  // 113
  `Hey, this is ${N('Cody Ballard')}, I need a copy of my last physical for the new job at Maker's Mark. My SSN for the HR forms, they said to have the office put it on, is ${SS('512-44-0187', 'five one two, four four, oh one eight seven')}. Can you email it to ${E('codyballard88@gmail.com', 'cody ballard eight eight at gmail dot com')}? Thanks.`,
  // 114
  `Hi, this is ${P('Renata')} from Norton Children's Medical Group scheduling, calling to confirm we got the referral for ${N('Aiden Nguyen')} to see ${P('Dr. Feldman')} in cardiology on ${D('May 14th', 'may fourteenth')} at ${T('10', 'ten')}. No callback needed unless something's changed. Thanks.`,
  // 115
  `Hi, my car got towed from the lot behind y'all's building during my appointment, and the tow company says they need a letter from the office saying I was a patient. It's a grey Honda, Indiana plate ${V('842 XRB', 'eight four two, x r b')}. I'm ${N('Naomi Schadt')}, ${PH('812-555-0144', 'eight one two, five five five, oh one four four')}.`,
  // 116
  `Hi, it's ${N('Olivia Cardwell')}, I'm ${T('34', 'thirty four')} weeks and the OB said my iron is low, ${T('8.9', 'eight point nine')}, and I should get it rechecked with my regular doctor in a month. I'm taking the ferrous sulfate, ${T('325', 'three twenty five')}, every other day. Call me at ${PH('502-555-0175', 'five oh two, five five five, oh one seven five')}, or text, that's fine.`,
  // 117
  `Hey, it's ${N('Marisol Vega')}. Can I move ${N('Liam')}'s asthma check to a different day? It's on ${D('April 12th', 'april twelfth')}, and that's Thunder, we'll be stuck downtown all day with the fireworks crowd. Any weekday after school works. ${PH('502-555-0198', 'five oh two, five five five, oh one ninety eight')}.`,
];
