/**
 * Blind held-out PHI gold set 17: ordinary voicemails to a US multi-specialty group (primary care, cardiology,
 * GI, urology, sleep medicine). Callers are polite and wordy, give two numbers (cell and home, or their own and
 * a relative's), name several people (patient, spouse, another office's nurse), mention places (their town,
 * the hospital they were in, a pharmacy branch) and give dates of procedures, admissions and discharges.
 * Written without looking at the detector or at the other held-out sets; every person, number, address and
 * identifier is invented. Mark-up (see heldout-blind-build.ts): «TYPE|written|spoken» a PHI span,
 * ‹written|spoken› plain text said differently from how it is written.
 * Conventions chosen where the dev corpus is silent:
 * - The caller's or patient's home town (or street address) is ADDRESS; a town that only locates a hospital,
 *   pharmacy branch or clinic ("the Walgreens in Dover", "Mercy in Oak Ridge") is not PHI.
 * - Staff or nurses named by first name only ("Brenda at the front desk", "Kim, Dr. Osei's nurse") are NAME;
 *   a nurse practitioner or PA named without "Dr." is NAME.
 * - Relative dates ("last Thursday", "two weeks ago", "tomorrow") are not DATE; "the 9th" alone, when it is a
 *   day tied to the patient (discharge, procedure), is DATE.
 * - CPAP / monitor / pump serial numbers are DEVICE; a car's plate is VEHICLE; a patient's personal web page is
 *   URL; an IP address a caller reads off a portal error is IP.
 * - In the spoken form an email's digits are said as words ("fifty one") since the spoken form has no digits.
 */
import { dg } from './heldout-blind2-words.ts';

const N = (w: string, s?: string): string => (s ? `«NAME|${w}|${s}»` : `«NAME|${w}»`);
const P = (w: string, s?: string): string => (s ? `«PROVIDER|${w}|${s}»` : `«PROVIDER|${w}»`);
const PH = (w: string, s: string = dg(w)): string => `«PHONE|${w}|${s}»`;
const D = (w: string, s: string): string => `«DATE|${w}|${s}»`;
const T = (type: string, w: string, s: string = dg(w)): string => `«${type}|${w}|${s}»`;
const X = (w: string, s: string): string => `‹${w}|${s}›`;

const RAW: string[] = [
  // 0
  `Hi, good morning, this is ${N('Dorothy Keane')}, and I'm calling on behalf of my husband, ${N('Walter')}. He was discharged from ${X('St.', 'saint')} Vincent's on ${D('Sunday, March 8th', 'sunday march eighth')} after the pacemaker, and the discharge papers say he needs to see ${P('Dr. Abernathy')} within ${X('7', 'seven')} to ${X('10', 'ten')} days. My cell is ${PH('(508) 462-3197', 'five oh eight four six two three one nine seven')}, or the house is ${PH('508-462-0074', 'five oh eight four six two double oh seven four')}. Thank you so much.`,
  // 1
  `Hello, my name is ${N('Raymond Okafor')}, date of birth ${D('7/22/1961', 'seven twenty two nineteen sixty one')}. I'm a sleep patient and my CPAP machine started making a rattling noise. The serial number on the bottom is ${T('DEVICE', 'J2408817336', 'j two four oh eight eight one seven three three six')}. I can be reached at ${PH('913-555-2860', 'nine one three five five five twenty eight sixty')}. Thanks.`,
  // 2
  `Yes, hi, I'm calling for my mother, ${N('Agnes Whitford')}. She's ${T('AGE', '93', 'ninety three')} and she lives with us now out in ${T('ADDRESS', 'Cedar Falls', 'cedar falls')}. She ran out of her metoprolol, the ${X('25', 'twenty five')} milligram, and the CVS on Main Street says they need a new prescription from ${P('Dr. Lindqvist')}. I'm her daughter, ${N('Janet')}, and my number is ${PH('319-268-4415', 'three one nine two six eight forty four fifteen')}.`,
  // 3
  `Good afternoon. This is ${N('Howard Pruitt')} calling. I had my colonoscopy with ${P('Dr. Sato')} on ${D('February 11th', 'february eleventh')} and they said somebody would call with the biopsy results in about a week, and it's been almost three. I'd appreciate a call back, my home phone is ${PH('734-981-2206', 'seven three four nine eight one two two oh six')}. Thank you kindly.`,
  // 4
  `Hi there. It's ${N('Luz Marina Ocampo')}. I'm calling to cancel my stress test for tomorrow, I've got a fever and I don't want to bring it in there. I'll call back next week to put it back on the books. Okay, bye bye.`,
  // 5
  `Hi, this message is for ${N('Kim')}, ${P('Dr. Osei')}'s nurse. This is ${N('Trevor Banerjee')} from the cardiology side, returning her call about the patient ${N('Eleanor Voss')}, medical record ${T('MRN', 'MR2204918', 'm r two two oh four nine one eight')}. The echo she asked about was done on ${D('the 14th of January', 'the fourteenth of january')}. Just call me back at ${PH('617-340-1182 ext. 305', 'six one seven three four oh eleven eighty two extension three oh five')}.`,
  // 6
  `Hello, good morning. I'm trying to pay my bill over the phone, it's for the urology visit. The statement account number is ${T('ACCOUNT', '40028815563', 'four oh oh two eight eight one five five six three')}, and the name on it is ${N('Gerald Fontaine')}. You can put it on my Visa, ${T('CARD', '4864 5428 4103 6641', 'four eight six four five four two eight four one oh three six six four one')}. If there's any issue, ${PH('248-733-5091', 'two four eight seven three three fifty ninety one')}. Thank you.`,
  // 7
  `Hi, this is ${N('Priya Raman')}. I was in the ER at Memorial over the weekend for chest pain, they admitted me ${D('Saturday the 3rd', 'saturday the third')} and let me go home on ${D('the 5th', 'the fifth')}. They want a follow-up with cardiology, preferably ${P('Dr. Haddad')}. My cell is ${PH('972.415.6608', 'nine seven two four one five sixty six oh eight')}. Thanks so much.`,
  // 8
  `Good morning, this is ${N('Bernard Lutz')}. I'm sorry to bother you, I just have a quick question on the prep for my procedure. Do I stop the aspirin, the ${X('81', 'eighty one')}, five days before or seven? Please call me back, I'm home all day. ${PH('(215) 607-4493', 'two one five six oh seven four four nine three')}.`,
  // 9
  `Hi, my name is ${N('Sandra Mbeki')}, I'm calling about my father, ${N('Joseph Mbeki')}, birthday ${D('October 2nd, 1939', 'october second nineteen thirty nine')}. He had his prostate biopsy on ${D('the 19th', 'the nineteenth')} and he's had some bleeding since. His urologist is ${P('Dr. Varga')}. I'm at ${PH('404-882-7150', 'four oh four eight eight two seven one five oh')} and his home number is ${PH('404-355-0918', 'four oh four three five five oh nine one eight')}.`,
  // 10
  `Hi, this is ${N('Colleen Healy')}. We've moved, so I wanted to update the address for me and my husband ${N('Pat')}. It's now ${T('ADDRESS', '1847 Larchmont Road, Apt 2B, Westbrook, Maine 04092', 'eighteen forty seven larchmont road apartment two b westbrook maine oh four oh nine two')}. Same phone number as before. Thanks.`,
  // 11
  `Hello. I'm calling for ${P('Dr. Brennan')}'s office. My name is ${N('Marcus Delacroix')}. I had a sleep study at your Riverside location on ${D('November 20th', 'november twentieth')}, and I haven't heard anything about the results or the CPAP. You can text or call me at ${PH('702-618-3345', 'seven oh two six one eight thirty three forty five')}. Thank you.`,
  // 12
  `Hi, it's ${N('Edith Caruso')}. I'm calling because my insurance changed on the first of the year. It's Aetna now, the member ID is ${T('HEALTH_PLAN_ID', 'W281093647', 'w two eight one oh nine three six four seven')}, and the group number is on the card if you need it. My appointment with ${P('Dr. Greer')} is ${D('January 16th', 'january sixteenth')}. Call me at ${PH('630-271-8804', 'six three oh two seven one eight eight oh four')} if you need anything else.`,
  // 13
  `Yes, hello, this is ${N('Franklin Adeyemi-Burke', 'franklin adeyemi burke')}. I was supposed to get a call from the GI department about scheduling an upper endoscopy. I've been waiting about ten days. My wife's cell is the best one to reach, she handles my calendar, her name is ${N('Grace')} and her number is ${PH('347-559-2013', 'three four seven five five nine twenty thirteen')}.`,
  // 14
  `Good afternoon, my name is ${N('Teresa Nguyen')}, I'm the nurse at ${P('Dr. Kowalczyk')}'s office in Brookfield. We're sending over a referral for ${N('Dale Simmons')}, date of birth ${D('4/3/1958', 'four three nineteen fifty eight')}, for a urology consult, elevated PSA. I'll fax the notes this afternoon. If you have questions you can reach me directly at ${PH('262-784-5530', 'two six two seven eight four fifty five thirty')}.`,
  // 15
  `Hi, this is just a message for the billing department. I got a letter saying my claim was denied. The claim number on the letter is ${T('ACCOUNT', 'CLM-7739201', 'c l m seven seven three nine two oh one')}. My name is ${N('Virginia Holt')}. Please give me a call, ${PH('(419) 352-6680', 'four one nine three five two sixty six eighty')}.`,
  // 16
  `Hi, this is ${N('Nadia')}, I'm ${N('Leonard Schwab')}'s daughter, calling from home. Dad was at Good Samaritan from ${D('December 1st', 'december first')} through ${D('December 6th', 'december sixth')} with the A-fib and they started him on Eliquis, ${X('5', 'five')} milligrams twice a day. He needs to be seen by ${P('Dr. Patel')} soon. My cell, ${PH('480-216-9927', 'four eight oh two one six nine nine two seven')}.`,
  // 17
  `Hello there, this is ${N('Oscar Lindgren')}. I just wanted to say thank you to the whole team on the fourth floor, everybody was very kind. No need to call me back.`,
  // 18
  `Hi, this message is for the sleep clinic. My name is ${N('Juanita Reyes')}, my birthday is ${D('September 30th, 1974', 'september thirtieth nineteen seventy four')}. The supply company needs a new prescription for the mask and the tubing, and they need the machine's serial number on it, which is ${T('DEVICE', '23184D00217', 'two three one eight four d oh oh two one seven')}. Call me at ${PH('505-730-4468', 'five oh five seven three oh four four six eight')}. Thank you.`,
  // 19
  `Hi, my name is ${N('Arthur Benedetti')}. I'm ${T('AGE', 'ninety-one', 'ninety one')} years old, ha, so forgive me if I ramble. My son ${N('Michael')} usually drives me but he's away. I need to move my appointment with ${P('Dr. Feld')} on ${D('Thursday, April 9th', 'thursday april ninth')}. My number is ${PH('860-443-7712', 'eight six oh four four three seventy seven twelve')}.`,
  // 20
  `Hi, this is ${N('Helene Marchetti')}. I'm calling for my portal password. It keeps locking me out, and the error page says the sign-in was blocked from ${T('IP', '73.162.48.201', 'seventy three dot one sixty two dot forty eight dot two oh one')}. I don't know what that means. My email on file is ${T('EMAIL', 'hmarchetti51@yahoo.com', 'h marchetti fifty one at yahoo dot com')}. Thanks, dear.`,
  // 21
  `Hello, I'm calling on behalf of ${N('Stanley Krol')}, I'm his wife, ${N('Irene')}. He had his hernia repair on ${D('March 2nd', 'march second')} with ${P('Dr. Mwangi')}, and he's got some swelling near the incision. We're in ${T('ADDRESS', 'Hollis', 'hollis')}, so it's about forty minutes for us to come in. Call us at home, ${PH('603-465-1180', 'six oh three four six five eleven eighty')}, or my cell, ${PH('603-930-2274', 'six oh three nine three oh twenty two seventy four')}.`,
  // 22
  `Hi, good morning, I'm calling about the Holter monitor. I returned it in the box but I'm not sure you got it. The number on it was ${T('DEVICE', 'HM-550712', 'h m five five oh seven one two')}. This is ${N('Denise Yarborough')}, ${PH('803-317-6621', 'eight oh three three one seven sixty six twenty one')}.`,
  // 23
  `Hi, this is ${N('Eugene Hatfield')}. I need a refill on my tamsulosin, point four milligrams, and I'd like it sent to the Walgreens in Dover instead of the mail order this time. ${P('Dr. Rinaldi')} is my urologist. Date of birth ${D('6/14/1947', 'six fourteen forty seven')}. Thank you.`,
  // 24
  `Hello, this is ${N('Margaret Oyelaran')}, calling from the front desk at Lakeview Nursing. We have a resident, ${N('Ruth Ingram')}, ${T('AGE', '96', 'ninety six')}, who has an appointment with GI on ${D('the 22nd', 'the twenty second')}. We'll need to arrange transport, so can someone confirm the time? My direct line is ${PH('(330) 864-2075', 'three three oh eight six four twenty oh seventy five')}.`,
  // 25
  `Yes, hi, it's ${N('Tomasz Wierzbicki')}. I was the one with the stent placed on ${D('January 28th', 'january twenty eighth')}. I'm feeling good. I just wanted to ask whether I can go back to driving for work. Call me back on my cell, ${PH('773-208-5519', 'seven seven three two oh eight five five one nine')}, or leave it with my wife at home, ${PH('773-631-4402', 'seven seven three six three one forty four oh two')}.`,
  // 26
  `Hi, it's ${N('Bethany Coles')}. I dropped off the stool sample this morning at the lab downstairs, I just wanted to make sure they got the right name on it. My medical record number is ${T('MRN', '00583221', 'zero zero five eight three two two one')}. That's it, thanks.`,
  // 27
  `Good morning, this is Reverend ${N('Calvin Dupree')}. I'm calling for my neighbor, Mrs. ${N('Lottie Grimes')}, she's hard of hearing. She's ${T('AGE', '90', 'ninety')}, and she missed her appointment on ${D('Monday the 12th', 'monday the twelfth')} because her ride didn't come. Can you call me to reschedule? ${PH('601-584-3312', 'six oh one five eight four thirty three twelve')}. God bless.`,
  // 28
  `Hi. This is ${N('Jennifer Solis')}, I'm calling from my work phone, so please don't leave a detailed message on this one. My cell is ${PH('832-705-1946', 'eight three two seven oh five nineteen forty six')}. It's about my lab results from last week. Thank you.`,
  // 29
  `Hello, this is ${N('Robert Tanaka')}. I'm calling to pay the balance for my wife ${N('Aiko')}'s sleep study. The account number is ${T('ACCOUNT', '7720031458', 'seven seven two oh oh three one four five eight')}. Card is ${T('CARD', '5856 2802 3288 3589', 'five eight five six two eight oh two three two eight eight three five eight nine')}, expires next year. My number, ${PH('206-574-3390', 'two oh six five seven four thirty three ninety')}.`,
  // 30
  `Hi, this is ${N('Phyllis Crandall')} calling. I'm so sorry, I know I'm late with this, but I was told to call when I got out of the hospital. I was at ${X('St.', 'saint')} Joseph's in Elmira, admitted on ${D('the 2nd of February', 'the second of february')} for a GI bleed, discharged ${D('the 8th', 'the eighth')}. They want me to see ${P('Dr. Achebe')} within two weeks. You can reach me at ${PH('607-733-4590', 'six oh seven seven three three four five nine oh')}.`,
  // 31
  `Hi, I'm calling to check if you take the Medicaid plan. My son ${N('Dylan Ruiz')} needs to see a urologist, his Medicaid ID is ${T('HEALTH_PLAN_ID', 'YX43190277', 'y x four three one nine oh two seven seven')}. I'm ${N('Maribel Ruiz')}, my number is ${PH('915-204-8837', 'nine one five two oh four eighty eight thirty seven')}.`,
  // 32
  `Good afternoon. This is ${N('Charles Whitaker')}, calling from ${T('ADDRESS', '412 Orchard Hill Lane, Glastonbury', 'four twelve orchard hill lane glastonbury')}. I'm asking about a copy of my records from the cardiac cath in ${X('2023', 'twenty twenty three')}. I need them for a life insurance thing. Call me at ${PH('860-657-2281', 'eight six oh six five seven twenty two eighty one')} please.`,
  // 33
  `Hi, it's ${N('Noreen')} from ${P('Dr. Castellano')}'s office at Riverside Family Medicine. We're trying to get the cath report for our mutual patient ${N('Samuel Ortiz')}, date of birth ${D('11/9/1952', 'eleven nine nineteen fifty two')}. The procedure was on ${D('October 30th', 'october thirtieth')}. Can you fax it over? Our fax is on the referral. Thank you.`,
  // 34
  `Hello, this is ${N('Vernon Pike')}, and this is kind of embarrassing. I think I left my car in your parking garage overnight, the attendant said they'd tow it. It's a silver Camry, plate ${T('VEHICLE', 'BKW 4471', 'b k w four four seven one')}. I was with my wife at her cardiology appointment. Please call me, ${PH('914-388-2056', 'nine one four three eight eight two oh five six')}.`,
  // 35
  `Hi. This is ${N('Carmen Villalobos')}. I'm just letting ${P('Dr. Huang')} know that my blood pressure readings this week have been around a hundred and fifty over ninety, even with the ${X('10', 'ten')} milligrams of amlodipine. I can send the log if she wants. My number is ${PH('559-421-6078', 'five five nine four two one sixty oh seventy eight')}.`,
  // 36
  `Good morning, this is ${N('Douglas Fairbanks Reilly', 'douglas fairbanks reilly')}, and I'm calling because I need to get a note for my employer. I was out from ${D('March 16th', 'march sixteenth')} to ${D('March 20th', 'march twentieth')} after the kidney stone procedure. Can you email it to ${T('EMAIL', 'dreilly.work@gmail.com', 'd reilly dot work at gmail dot com')}? Thanks.`,
  // 37
  `Hi, this is ${N('Anita Kowalski')}. I got a voicemail from someone named ${N('Sharon')} asking me to call back about my test, but she didn't say which one. I've had a few lately. I'm at ${PH('412-795-3361', 'four one two seven nine five three three six one')}, I'll be home after ${X('3', 'three')}.`,
  // 38
  `Yes, hello, my name is ${N('Frederick Amankwah')}. I'm a new patient referred by ${P('Dr. Lowell')} for sleep apnea. I'd like to register. My insurance is Cigna, ID ${T('HEALTH_PLAN_ID', 'U74420918-01', 'u seven four four two oh nine one eight oh one')}. Date of birth ${D('August 5th, 1969', 'august fifth nineteen sixty nine')}. Cell ${PH('678-309-2214', 'six seven eight three oh nine twenty two fourteen')}, home ${PH('770-945-6603', 'seven seven oh nine four five sixty six oh three')}.`,
  // 39
  `Hi, this is ${N('Gloria Pennington')}. I have a question about the prep for the colonoscopy. The instructions say clear liquids after noon but my pharmacist said something different. I'm not sure who to believe. Please call, ${PH('(541) 388-9020', 'five four one three eight eight ninety twenty')}.`,
  // 40
  `Hello, this is ${N('Kenneth Abara')}. My mother, ${N('Florence Abara')}, had a fall at home and they took her to Mercy in Oak Ridge. She's ${T('AGE', '94', 'ninety four')}. They're asking for her cardiologist's notes, that's ${P('Dr. Silverstein')}. Her date of birth is ${D('February 17th, 1932', 'february seventeenth nineteen thirty two')}. I'm at ${PH('865-481-7736', 'eight six five four eight one seven seven three six')}.`,
  // 41
  `Hi, good afternoon, it's ${N('Lorraine Duquette')}. I'm having a lot of trouble with the new medication, the Linzess. It's really upsetting my stomach. I'd like to talk to the nurse if possible. Thank you. My number is ${PH('207-883-1945', 'two oh seven eight eight three nineteen forty five')}.`,
  // 42
  `Hi, this is ${N('Dennis Okonkwo')}. I had the cystoscopy on ${D('the 6th', 'the sixth')} and I was told to call if I still had burning after three days, and I do. ${P('Dr. Eriksen')} did the procedure. My home is ${PH('651-224-3008', 'six five one two two four three oh oh eight')} and my cell is ${PH('651-775-9412', 'six five one seven seven five ninety four twelve')}.`,
  // 43
  `Hi there, this is ${N('Molly Fitzgerald')}. My social security number on my file is wrong, it's got two digits swapped. The correct one is ${T('SSN', '219-47-6083', 'two one nine four seven six oh eight three')}. Please fix it before you send the claim in. Thanks, ${PH('410-526-7704', 'four one oh five two six seventy seven oh four')}.`,
  // 44
  `Good morning. I'm calling to make an appointment for a physical. I'm a new patient, I just moved here from Ohio. My name is ${N('Isaac Feldman')}. Call me at ${PH('917-602-4358', 'nine one seven six oh two four three five eight')}. Thanks.`,
  // 45
  `Hello, this is ${N('Harriet Bowman')}, I'm calling for my husband ${N('Clifford')}. He has an appointment tomorrow with ${P('Dr. Nakamura')} but our car broke down and we live out in ${T('ADDRESS', 'Spring Valley', 'spring valley')}. Is there any chance he can do it by phone instead? Call us at ${PH('845-352-6619', 'eight four five three five two six six one nine')}.`,
  // 46
  `Hi, this is ${N('Yusuf Demir')}. I was in the hospital at Northside, admitted ${D('November 2nd', 'november second')} for pneumonia. They found my heart rate was irregular. I was discharged on ${D('the 7th', 'the seventh')} with a note to follow up with a cardiologist. Medical record number from your office is ${T('MRN', '6630159', 'six six three oh one five nine')}. ${PH('(469) 221-5087', 'four six nine two two one fifty oh eighty seven')}.`,
  // 47
  `Hi, it's ${N('Paulette Girard')}. I'm the caregiver for Mr. ${N('Herbert Stone')}. His CPAP got dropped and the water tank cracked. The serial number on the machine is ${T('DEVICE', 'SN 22417A0938', 's n two two four one seven a oh nine three eight')}. What do we do? My number is ${PH('727-506-3341', 'seven two seven five oh six three three four one')}, his is ${PH('727-443-1190', 'seven two seven four four three eleven ninety')}.`,
  // 48
  `Hello. This is ${N('Wendell Jackson')}, calling about my bill. I paid it online but it still shows a balance. The confirmation was sent to ${T('EMAIL', 'wjackson1948@comcast.net', 'w jackson nineteen forty eight at comcast dot net')}. Please call me at ${PH('313-882-4176', 'three one three eight eight two forty one seventy six')}. Thank you.`,
  // 49
  `Hi, it's ${N('Audrey Lam')}. I'm calling to ask for a refill of omeprazole, forty milligrams, sent to the Rite Aid on Center Street. My GI doctor is ${P('Dr. Bhatt')}. I have about three pills left. Thanks so much.`,
  // 50
  `Hello, this is ${N('Lionel Ashby')}, and I'm calling for my wife, ${N('Cecilia Ashby')}. She was discharged from Baptist Medical on ${D('Wednesday, the 18th of June', 'wednesday the eighteenth of june')} after gallbladder surgery. She's been feeling nauseous. Her GI doctor is ${P('Dr. Ferreira')}. Our home number is ${PH('904-268-3370', 'nine oh four two six eight thirty three seventy')}.`,
  // 51
  `Hi, this is ${N('Eva Nowicki')}. I wanted to let you know that I had my colonoscopy done at another facility on ${D('May 4th', 'may fourth')} so you can take the reminder off my chart. Thank you.`,
  // 52
  `Good morning, my name is ${N('Curtis Rhodes')}, driver's license ${T('LICENSE', 'R240-551-73-902', 'r two four oh five five one seven three nine oh two')}. The front desk asked for it when I checked in and I think they typed it wrong. My appointment with ${P('Dr. Albright')} is on ${D('the 27th', 'the twenty seventh')}. You can call me at ${PH('(608) 442-1736', 'six oh eight four four two seventeen thirty six')}.`,
  // 53
  `Hi, this is ${N('Rosalind Kaye')}. My daughter set up a page to update family about my husband's heart surgery, and ${P('Dr. Menon')} asked me for the link so he could post something. It's ${T('URL', 'caringbridge.org/visit/haroldkaye', 'caring bridge dot org slash visit slash harold kaye')}. His name is ${N('Harold')}. Call me if you need anything, ${PH('952-830-4417', 'nine five two eight three oh four four one seven')}.`,
  // 54
  `Hi, this is ${N('Tiffany Moore')} from Hartwell Medical Supply. We need a signed order for a patient's CPAP supplies, patient is ${N('Gregory Banks')}, date of birth ${D('12/01/1966', 'twelve oh one nineteen sixty six')}. The doctor on the order is ${P('Dr. Kessler')}. Thank you.`,
  // 55
  `Hello, hello? Yes, this is ${N('Mildred Sorensen')}. I'm ${T('AGE', '98', 'ninety eight')} years young and I need a refill on my water pill. I live at ${T('ADDRESS', '27 Birch Street, Northfield', 'twenty seven birch street northfield')}. My granddaughter ${N('Katie')} will pick it up. My number is ${PH('507-645-2219', 'five oh seven six four five twenty two nineteen')}.`,
  // 56
  `Hi, good morning, it's ${N('Jerome Whitfield')}. I'm calling back about the sleep study authorization. My insurance is Humana Medicare, the number is ${T('HEALTH_PLAN_ID', 'H5528-604-1937', 'h five five two eight six oh four one nine three seven')}. And my Medicare number is ${T('HEALTH_PLAN_ID', '4TE7-QK2-MN81', 'four t e seven q k two m n eight one')}. Call me at ${PH('502-339-6610', 'five oh two three three nine sixty six ten')}.`,
  // 57
  `Hi, I'm calling for ${N('Donna')} in the referral office. This is ${N('Craig Hollister')}. She asked me to call back with my date of birth, which is ${D('January 4th, 1970', 'january fourth nineteen seventy')}, and my social, ${T('SSN', '402-88-1953', 'four oh two eight eight one nine five three')}. Thanks.`,
  // 58
  `Hello. This is ${N('Lucille Okeke')}. I'm so sorry to call again but I still haven't gotten the paperwork for my husband's disability. It's ${N('Benjamin Okeke')}, he had the heart attack on ${D('September 9th', 'september ninth')}, and ${P('Dr. Whitcomb')} said she'd fill it out. You can reach me at ${PH('336-274-0981', 'three three six two seven four oh nine eight one')}.`,
  // 59
  `Hi, this is the message for the urology nurse. My name is ${N('Gordon Fleischer')}. I've had the catheter in since I left Riverside Hospital on ${D('the 10th', 'the tenth')}, and I was supposed to get it out in a week. Nobody's called. Cell ${PH('720-441-3026', 'seven two oh four four one three oh two six')}.`,
  // 60
  `Good morning. This is ${N('Nancy Wirth')}. I just wanted to confirm my appointment for Tuesday at ${X('9:15', 'nine fifteen')}. If I don't hear back I'll assume it's still on. Thank you, bye.`,
  // 61
  `Yes, hi, my name is ${N('Alfonso Herrera')}, my date of birth is ${D('3/27/1955', 'three twenty seven fifty five')}. My wife ${N('Rosa')} and I were both seeing ${P('Dr. Chaudhry')}, and we want to transfer to ${P('Dr. Obi')}. Please give us a call at home, ${PH('956-381-7740', 'nine five six three eight one seventy seven forty')}, or my daughter ${N('Lucia')}'s cell ${PH('956-592-0318', 'nine five six five nine two oh three one eight')}.`,
  // 62
  `Hi, this is ${N('Simone Achterberg')}. I'm calling because I was charged twice for the same visit. The account is ${T('ACCOUNT', '003-918-2264', 'zero zero three nine one eight two two six four')}. The visit was ${D('October 15th', 'october fifteenth')}. Please call me at ${PH('(616) 458-3027', 'six one six four five eight three oh two seven')}.`,
  // 63
  `Hello, this is ${N('Ingrid Paulsen')} from ${P('Dr. Mahoney')}'s office, the pulmonologist. We're referring a patient to your sleep medicine for a titration study, ${N('Edward Lyle')}, medical record at our end is ${T('MRN', 'MR-7710432', 'm r seven seven one oh four three two')}. Thanks so much.`,
  // 64
  `Hi, this is ${N('Ruby Castellanos')}. I'd like to switch my pharmacy to the Costco in Sunnyvale. I take the lisinopril, twenty milligrams, and atorvastatin, forty. Thanks. My phone, ${PH('408-735-2290', 'four oh eight seven three five twenty two ninety')}.`,
  // 65
  `Good evening. I'm sorry to be calling after hours. This is ${N('Preston Hale')}. My dad, ${N('Leon Hale')}, was just put in the ICU at University Hospital, they're saying heart failure. He's a patient of ${P('Dr. Gaines')}. I'm his son and his emergency contact. The nurse there is ${N('Andrea')} and she wants to talk to the doctor. My cell is ${PH('585-730-8821', 'five eight five seven three oh eighty eight twenty one')}.`,
  // 66
  `Hi, it's ${N('Selma Ricci')}. I received a letter that my last GI visit wasn't covered. My Blue Cross ID is ${T('HEALTH_PLAN_ID', 'XKB902231745', 'x k b nine oh two two three one seven four five')}, and I think they had the old one. Call me at ${PH('401-736-5528', 'four oh one seven three six fifty five twenty eight')}.`,
  // 67
  `Hi, this is ${N('Neil Garrison')}. I'm calling about my father-in-law, ${N('Victor Salazar')}, who was admitted to ${X('St.', 'saint')} Mary's on ${D('June 30th', 'june thirtieth')}. He's scheduled for a procedure with ${P('Dr. Bergstrom')} on ${D('July 7th', 'july seventh')} here at your office, and I assume that has to be canceled. Please call my wife ${N('Elena')} at ${PH('210-615-4470', 'two one oh six one five forty four seventy')}.`,
  // 68
  `Hello, this is ${N('Lydia Mercer')}. Quick question, the office sent me a link to fill out the sleep questionnaire but it isn't loading. It says access denied for ${T('IP', '98.207.114.36', 'ninety eight dot two oh seven dot one one four dot thirty six')}. I'm on my home computer. Could someone call me, ${PH('503-282-7719', 'five oh three two eight two seventy seven nineteen')}.`,
  // 69
  `Hi, my name is ${N('Thaddeus Greene')}. I'm calling because I need to bring my CPAP in for the data download, but the card reader broke. The machine's serial number is ${T('DEVICE', '22171109354', 'two two one seven one one oh nine three five four')}. My address is ${T('ADDRESS', '9 Ridgeway Court, Marlton, New Jersey 08053', 'nine ridgeway court marlton new jersey oh eight oh five three')}, if you can mail me a new card. Thank you.`,
  // 70
  `Hi, it's ${N('Annette Brooks')}, calling for ${N('Hank Brooks')}, my husband, date of birth ${D('5/19/1944', 'five nineteen forty four')}. He had his echo on ${D('Friday, the 11th', 'friday the eleventh')}, and the tech said ${P('Dr. Lund')} would call. Nobody has. Cell is ${PH('360-883-1152', 'three six oh eight eight three eleven fifty two')}, home's ${PH('360-576-0429', 'three six oh five seven six oh four two nine')}.`,
  // 71
  `Hi, I'm calling about the handicap parking. My wife has a placard but she was ticketed in your lot. Her plate is ${T('VEHICLE', '7MKR552', 'seven m k r five five two')}. I'm ${N('Salvatore Marino')}, and she's ${N('Josephine')}. Call me at ${PH('925-606-4873', 'nine two five six oh six four eight seven three')}.`,
  // 72
  `Good morning, my name is ${N('Evelyn Tran')}, and I'm calling because I was told by ${P('Dr. Sinclair')} to schedule a follow-up in three months. I'm flexible, mornings are best. My number is ${PH('714-839-0623', 'seven one four eight three nine oh six two three')}. Thank you.`,
  // 73
  `Hello. This is ${N('Miriam Goldfarb')}, I'm the daughter of ${N('Sol Goldfarb')}. He's ${T('AGE', '101', 'a hundred and one')} and he's been having more trouble with his bladder. His urologist was ${P('Dr. Wexler')}, who I think retired. Can he see someone new? You can reach me at ${PH('561-483-2096', 'five six one four eight three twenty ninety six')}.`,
  // 74
  `Hi, it's ${N('Ray')} again, ${N('Raymond Okafor')}, about the CPAP. I found the receipt from the supplier, it says the serial is ${T('DEVICE', 'J2408817336', 'j two four zero eight eight one seven three three six')}, same one I gave before. Just call me, ${PH('913-555-2860', 'nine one three five five five two eight six zero')}.`,
  // 75
  `Hi. This is ${N('Geneva Whitlock')}. I'm calling to let ${P('Dr. Abernathy')} know I won't be able to do the cardiac rehab, I don't have a way to get there three days a week. Please have someone call me. Thank you.`,
  // 76
  `Hello, my name is ${N('Benedict Afolabi')}, I live in ${T('ADDRESS', 'Fairhaven', 'fairhaven')}. I'd like to request my medical records be sent to a new doctor, ${P('Dr. Yoon')} at Bayside Internal Medicine. My medical record number is ${T('MRN', '1187-2203', 'one one eight seven two two oh three')} and my date of birth is ${D('April 21st, 1977', 'april twenty first nineteen seventy seven')}.`,
  // 77
  `Hi there, this is ${N('Mabel Gunderson')}. My doctor, ${P('Dr. Ishikawa')}, wants me to get a heart monitor. The lady on the phone said they'd need my license for the pickup, so it's ${T('LICENSE', 'G523-7781-9042', 'g five two three seven seven eight one nine oh four two')}. I'm at ${PH('(253) 471-5590', 'two five three four seven one fifty five ninety')}.`,
  // 78
  `Hi, I'm calling to pay off the rest of my bill. I'm ${N('Archie Monroe')}, account ${T('ACCOUNT', '5129034', 'five one two nine oh three four')}. You can use my Amex, ${T('CARD', '3759 050759 06310', 'three seven five nine oh five oh seven five nine oh six three one oh')}. Thanks a lot.`,
  // 79
  `Good afternoon, this is ${N('Shirley Pham')} at the Kroger pharmacy. Actually, scratch that, I'm calling from home, I work there but this is personal. I'm calling about my mother, ${N('Hoa Pham')}, who had a colonoscopy with ${P('Dr. Sato')} on ${D('August 28th', 'august twenty eighth')}. I'd like to get a copy of the pathology. My cell is ${PH('614-302-7785', 'six one four three oh two seventy seven eighty five')}.`,
  // 80
  `Hi, my name is ${N('Quentin Marsh')}. I'm trying to get my prior authorization for the sleep study. My plan ID with United is ${T('HEALTH_PLAN_ID', '918472036', 'nine one eight four seven two oh three six')}. ${P('Dr. Brennan')} ordered it. Call me at ${PH('402-391-8827', 'four oh two three nine one eighty eight twenty seven')}.`,
  // 81
  `Hi, it's ${N('Veronica Aldana')}. I'm calling to cancel the appointment for my son, ${N('Mateo')}, tomorrow, he's got a stomach bug. I'll call back to reschedule. Thanks.`,
  // 82
  `Hello. My name is ${N('Clarence Odom')} and I'm calling to check on my referral to GI. ${P('Dr. Pritchard')} sent it over on ${D('the 3rd of March', 'the third of march')}. My home number is ${PH('504-866-2213', 'five oh four eight six six twenty two thirteen')}, and my cell is ${PH('504-390-7714', 'five oh four three nine oh seven seven one four')}.`,
  // 83
  `Hi, this is ${N('Brenda')}, I'm calling on behalf of my neighbor, ${N('Wilhelmina Stark')}. She's ${T('AGE', '92', 'ninety two')} and her nephew asked me to call. She was discharged from Lutheran General on ${D('November 14th', 'november fourteenth')} and she's supposed to get a home health visit. Call me at ${PH('847-296-3350', 'eight four seven two nine six thirty three fifty')}.`,
  // 84
  `Hi, it's ${N('Kwame Asante')}. I want to update my email, please. It's ${T('EMAIL', 'kwame.asante@protonmail.com', 'kwame dot asante at proton mail dot com')}. And my new cell is ${PH('267-530-1148', 'two six seven five three oh eleven forty eight')}. Thank you.`,
  // 85
  `Hello, this is ${N('Lenore Babcock')}, calling about the bill for my late husband, ${N('Warren Babcock')}. He passed on ${D('January 9th', 'january ninth')}. I have a copy of the death certificate. The account number is ${T('ACCOUNT', 'PT-20049318', 'p t two oh oh four nine three one eight')}. Please call ${PH('781-659-3320', 'seven eight one six five nine thirty three twenty')}.`,
  // 86
  `Hi, this is ${N('Simon Castellano')}. I'm just calling to let ${P('Dr. Haddad')} know that I had a fainting spell this morning. I'm okay, my wife drove me to urgent care and they said my EKG was normal. Call me, please. Thanks.`,
  // 87
  `Good morning, this is ${N('Delphine Rousseau')}. I need a letter for my travel saying I use a CPAP, for the airline. The device serial is ${T('DEVICE', 'AS11-0448-729', 'a s one one oh four four eight seven two nine')}. My flight is next month. Please email it to ${T('EMAIL', 'drousseau@outlook.com', 'd rousseau at outlook dot com')}.`,
  // 88
  `Hi, my name is ${N('Orville Jessup')}, I'm calling because I got a bill for the anesthesia from my procedure on ${D('9/12', 'nine twelve')}. I thought it was covered. My Medicare number is ${T('HEALTH_PLAN_ID', '1EG4-TE5-MK73', 'one e g four t e five m k seven three')}. Call me at ${PH('(828) 254-6190', 'eight two eight two five four sixty one ninety')}.`,
  // 89
  `Hello, my name is ${N('Celeste Vaughn')}. I was told to call in my home address for the mail-order pharmacy. It's ${T('ADDRESS', '3306 Old Mill Road, Unit 4, Sparks, Nevada 89436', 'thirty three oh six old mill road unit four sparks nevada eight nine four three six')}. Thank you.`,
  // 90
  `Hi, it's ${N('Tobias Kern')}. I'm calling because I was supposed to have the ablation on ${D('Tuesday the 24th', 'tuesday the twenty fourth')} but my wife ${N('Greta')} had a stroke and she's at Regional. I need to push it back. Please call me at ${PH('970-215-6634', 'nine seven oh two one five sixty six thirty four')}.`,
  // 91
  `Hi, this is ${N('Agatha Morrow')}. I was at urgent care in ${T('ADDRESS', 'Millbrook', 'millbrook')}, that's where we live, and they told me to call my primary about my sugar. I'm a patient of ${P('Dr. Alvarez')}. Call me at home, ${PH('845-677-3304', 'eight four five six seven seven thirty three oh four')}.`,
  // 92
  `Hello, this is ${N('Ivan Petrov')}. Sorry, I need to give you my social for the financial assistance application, it's ${T('SSN', '531 60 2478', 'five three one sixty twenty four seventy eight')}. And my wife ${N('Natalya')}'s is on the form already. Call ${PH('425-741-0093', 'four two five seven four one oh oh nine three')}. Thank you.`,
  // 93
  `Hi, good afternoon. My name is ${N('Harold Beckwith')}, I'm a patient of ${P('Dr. Feld')}. My driver's license was stolen and I'm worried about identity theft, so I wanted you to flag my chart. The old license number was ${T('LICENSE', 'B7720456', 'b seven seven two oh four five six')}. Call me at ${PH('617-923-4410', 'six one seven nine two three forty four ten')}.`,
  // 94
  `Hi, this is ${N('Winifred Ames')}, ${T('AGE', '95', 'ninety five')}, calling myself for once. I have an appointment with ${P('Dr. Lindqvist')} on ${D('the 2nd', 'the second')} and I'd like to know if my son ${N('Dwight')} can come in the room with me. My number, ${PH('319-363-5527', 'three one nine three six three fifty five twenty seven')}.`,
  // 95
  `Hello, I'm calling for the sleep doctor's nurse, ${N('Colette')}. My name is ${N('Jasper Whitley')}. My new CPAP, the serial is ${T('DEVICE', 'P4503338127', 'p four five oh three three three eight one two seven')}, is blowing air too hard. Call me on my cell, ${PH('865-219-7083', 'eight six five two one nine seventy eighty three')}.`,
  // 96
  `Hi, this message is for billing. I'm ${N('Nora Kavanagh')} and I'd like to set up a payment plan. Here's my debit card, ${T('CARD', '4114 6187 9268 5061', 'four one one four six one eight seven nine two six eight five oh six one')}. My account is ${T('ACCOUNT', '66104-2298', 'six six one oh four two two nine eight')}. Call me at ${PH('215-862-4429', 'two one five eight six two four four two nine')}.`,
  // 97
  `Hello, my name is ${N('Fernando Quiroga')}. My son drove me to the GI appointment and he got a parking ticket in your garage. His car is a gray Honda, the plate is ${T('VEHICLE', 'NJ K47-PLD', 'n j k four seven p l d')}. That was for my appointment on ${D('March 5th', 'march fifth')}. His number is ${PH('201-467-3392', 'two oh one four six seven thirty three ninety two')}.`,
  // 98
  `Hi, it's ${N('Georgia Kemp')}. I'm a sleep study patient and I run a little website where I post about my sleep apnea journey, ${P('Dr. Menon')} said he'd like to see it. It's ${T('URL', 'www.georgiakempsleeps.com', 'w w w dot georgia kemp sleeps dot com')}. No need to call me.`,
  // 99
  `Hi, this is ${N('Maurice Lebeau')}. The nurse asked for pictures of my incision, and I put them on my photo page, it's ${T('URL', 'flickr.com/photos/mauricelebeau', 'flicker dot com slash photos slash maurice lebeau')}. Can someone tell me if she got them? ${PH('985-626-1147', 'nine eight five six two six eleven forty seven')}.`,
  // 100
  `Hello, this is ${N('Constance Weller')}. My husband ${N('Roland')} had his prostate surgery on ${D('February 26th', 'february twenty sixth')}, and he has a follow-up with ${P('Dr. Varga')} on ${D('March 12th', 'march twelfth')}. His email for the portal is ${T('EMAIL', 'rweller44@aol.com', 'r weller forty four at a o l dot com')}, he can't log in. Call me at ${PH('419-874-2230', 'four one nine eight seven four twenty two thirty')}, or his cell, ${PH('419-290-6615', 'four one nine two nine oh sixty six fifteen')}.`,
  // 101
  `Hi, my name is ${N('Bartholomew Ngata')}. My CPAP isn't connecting to the app. The support person said to tell you the modem sees ${T('IP', '10.44.182.7', 'ten dot forty four dot one eight two dot seven')}, whatever that means. Thank you.`,
  // 102
  `Hi, it's ${N('Tamsin Clarke')}. I had my ${X('3:00', 'three o\'clock')} with ${P('Dr. Obi')} yesterday and she wanted me to send my home blood pressure readings. I've uploaded them to the link she gave me, ${T('URL', 'bpshare.io/tclarke', 'b p share dot i o slash t clarke')}. Let me know if she can't see them.`,
  // 103
  `Hello, this is ${N('Lewis Drummond')}. The portal says my last login came from ${T('IP', '174.63.209.88', 'one seventy four dot sixty three dot two oh nine dot eighty eight')}, and that wasn't me. Please reset my account. I'm at ${PH('612-729-3306', 'six one two seven two nine thirty three oh six')}.`,
  // 104
  `Hi, yes, I'm just calling to find out your hours on Saturdays, and whether the Riverside office does walk-in blood draws or if I need an appointment. I'll try back later. Thanks.`,
  // 105
  `Hello, I'm not a patient yet, I'm calling to ask whether you take Blue Cross Medicare Advantage, and whether any of the cardiologists are accepting new patients. A friend of mine said good things. I'll call back tomorrow.`,
  // 106
  `Hi, I don't need to leave my name, I'm a patient, I just wanted to let someone know the ladies' room on the second floor near ${P('Dr. Haddad')}'s suite is overflowing. Somebody's going to slip. Okay, bye.`,
  // 107
  `Hi, this is ${N('Norma Fenwick')}. I'm getting the disability parking form filled out by ${P('Dr. Albright')}. The DMV wants my license number on it, which is ${T('LICENSE', 'F6620184', 'f six six two oh one eight four')}, and the plate of the car I ride in, that's my husband ${N('Earl')}'s truck, ${T('VEHICLE', '2XKP 830', 'two x k p eight thirty')}. My number is ${PH('(570) 823-4461', 'five seven oh eight two three forty four sixty one')}, or ${N('Earl')}'s cell, ${PH('570-401-9987', 'five seven oh four oh one ninety nine eighty seven')}.`,
  // 108
  `Good afternoon, this is ${N('Gilbert Haney')}. The billing office at ${X('St.', 'saint')} Luke's told me you need my social to coordinate the claim from my admission on ${D('July 14th', 'july fourteenth')}, so it's ${T('SSN', '608-22-9145', 'six oh eight two two nine one four five')}. And you can take the ${X('$40', 'forty dollar')} copay on my Discover, ${T('CARD', '6011 8338 5041 4390', 'six oh one one eight three three eight five oh four one four three nine oh')}. Thanks, ${PH('316-683-2247', 'three one six six eight three twenty two forty seven')}.`,
];

/** Acronyms said letter by letter (outside marks), the way PocketSphinx writes them. */
const SAID: Record<string, string> = { GI: 'g i', ER: 'e r', ICU: 'i c u', EKG: 'e k g', PSA: 'p s a', ID: 'i d', CVS: 'c v s', CPAP: 'c pap', DMV: 'd m v' };
const acr = (src: string): string => src.split(/(«[^»]*»|‹[^›]*›)/).map((seg, i) => (i % 2 ? seg
  : seg.replace(/\b(GI|ER|ICU|EKG|PSA|ID|CVS|CPAP|DMV)\b/g, (a) => X(a, SAID[a]!)))).join('');

export const BLIND17_MESSAGES: string[] = RAW.map(acr);
