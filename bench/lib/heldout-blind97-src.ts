/**
 * Blind held-out PHI gold set 97: the after-hours and lunch-hour voicemail of a multi-specialty primary care
 * clinic in Irving, Texas, that serves the whole Dallas-Fort Worth area: Garland, Arlington, Grand Prairie,
 * Plano, Oak Cliff, Denton and the rural parts of Ellis and Kaufman counties. Callers include Vietnamese
 * families in Garland and Arlington (often a grown child calling for a parent), Nigerian and Ghanaian
 * families, Indian and Pakistani IT families in Irving and Plano, Mexican and Salvadoran families (some
 * mixing Spanish into English), airline and airport workers at DFW on odd shifts, truckers calling from the
 * road, ranch families, and a few callers over ninety. Messages cover refills, DOT and FAA-style work
 * paperwork, Texas Medicaid / STAR / STAR Kids / CHIP and Blue Cross PPO member IDs, prior authorisations,
 * billing, portal trouble, records requests, home-health orders, and appointments lost to summer heat, power
 * outages and hail storms. Pharmacies, labs, home-health agencies and other offices also call.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Okafor»"); "Dr." stays inside PROVIDER.
 * - Clinicians, and staff of this clinic, pharmacies, labs, home-health agencies and other offices named in
 *   their working role ("«Tuan», the pharmacist", "nurse «Thuy»"), are PROVIDER; patients, callers,
 *   relatives, neighbours and employers' staff are NAME. A first name said alone is NAME.
 * - A spelled-out name ("«O-K-A-F-O-R»", spoken "o k a f o r") is its own NAME span.
 * - DATE covers any full or partial calendar date tied to a person (birth, visit, lab draw, surgery,
 *   discharge, trip, absence, due date, birthday); "the «9th»" keeps "the" outside; a weekday said with its
 *   date is inside ("«Thursday the 24th»"). Holidays such as July 4th when asking about office hours, a
 *   weekday, month or year alone, relative words, clock times, durations and card expiry dates are plain.
 * - Every callback or fax number of a person or outside business is PHONE, a caller's extension inside;
 *   the clinic's own menu options and extensions ("I pressed 3", "extension 204") are plain.
 * - "Last four of my social" digits are SSN. Chart, patient and portal numbers are MRN; billing account and
 *   claim numbers are ACCOUNT; Texas Medicaid, STAR, STAR Kids, CHIP, Medicare and Blue Cross / other plan
 *   member or subscriber IDs are HEALTH_PLAN_ID (group numbers are plain); driver's, commercial driver's and
 *   nursing licence numbers are LICENSE; plates and VINs are VEHICLE; CGM, CPAP, pump and pacemaker serials
 *   are DEVICE; a private fundraiser page is URL; a home IP address read off an error screen is IP.
 * - ADDRESS is a street address and/or the town or city where a patient or caller lives or is staying
 *   (one span when said together, rural FM roads included); clinics, pharmacies, hospitals, employers,
 *   airports, terminals, truck stops and schools, and where they are, are plain, as are counties and states.
 * - AGE only for ages over 89, the number phrase alone ("she's «ninety-four»"); 89 and younger, "ninety-day
 *   supply", "a hundred and eight degrees", doses, lab values, counts, money and room numbers are plain.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", pairs and hundreds,
 *   "double" and "triple", restarts; emails with "at" and "dot"; Medicaid and plan IDs in groups.
 */
import { pause, q } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, T } = pause;
const V = (w: string, s: string): string => `«VEHICLE|${w}|${q(s)}»`;
const URL = (w: string, s: string): string => `«URL|${w}|${q(s)}»`;
const IP = (w: string, s: string): string => `«IP|${w}|${q(s)}»`;

export const BLIND97_MESSAGES: string[] = [
  // 1
  `Hi, this is ${N('Linh Nguyen')}, I'm calling for my mom, ${N('Nguyễn Thị Hoa', 'nguyen thi hoa')}. She doesn't speak much English so I'll be the one you call back. She ran out of her amlodipine, the ${T('10 milligram', 'ten milligram')}, on Sunday. Her date of birth is ${D('8/2/1957', 'eight two nineteen fifty seven')}. My cell is ${PH('972-555-0134', 'nine seven two, five five five, oh one three four')}. Thank you.`,
  // 2
  `Good afternoon, my name is ${N('Chukwuemeka Okafor')}, that's ${N('O-K-A-F-O-R')}. I saw ${P('Dr. Adebayo')} on ${D('June 17th', 'june seventeenth')} and she ordered an ultrasound of my kidneys, but the imaging center in Arlington says they need a prior authorization first. My Blue Cross member ID is ${H('ZGT408551927', 'z g t, four oh eight, five five one, nine two seven')}. Please call me on ${PH('817-555-0162', 'eight one seven, five five five, zero one six two')}. Thank you, God bless.`,
  // 3
  `Hello, I am ${N('Akosua Boateng')}, the mother of ${N('Kofi Boateng')}. ${N('Kofi')} is ${T('7', 'seven')}, he has ear pain since yesterday and small fever, ${T('100.4', 'one hundred point four')}. He has CHIP, the number is ${H('527194083', 'five two seven, one nine four, zero eight three')}. Can the doctor see him today? My number is ${PH('469-555-0117', 'four six nine five five five zero one one seven')}. Thank you.`,
  // 4
  `Hi, this is ${N('Srinivas Reddy')}, calling about my wife ${N('Lakshmi')}'s prenatal labs. She had the glucose test drawn on the ${D('9th', 'ninth')} and ${P('Dr. Chaudhry')} wanted to go over it with us. Also we moved, the new address is ${AD('4120 Preston Meadow Drive, Plano, 75093', 'forty one twenty preston meadow drive, plano, seven five oh nine three')}. Best number is my cell, ${PH('214-555-0188', 'two one four, five five five, zero one double eight')}. Thanks.`,
  // 5
  `Hola, buenos días, my name is ${N('Guadalupe Ramírez')}. I call for my husband, ${N('José Luis Ramírez')}. He need the refill of the insulin, the Humalog, y también the strips for the machine. His birthday is ${D('March 12, 1964', 'march twelve nineteen sixty four')}. My phone, ${PH('972-555-0149', 'nine seven two, five five five, zero one four nine')}. Gracias.`,
  // 6
  `Hey, this is ${N('Brianna Coleman')}, I'm a flight attendant, I'm based at DFW. I leave on a four-day trip in the morning, so I'm just checking if ${P('Dr. Whitaker')} signed my FMLA paperwork. If it's done you can fax it straight to our employee health office, ${PH('817-555-0190', 'eight one seven five five five oh one nine oh')}. Thanks!`,
  // 7
  `Yeah, this is ${N('Dale Whitfield')}. I drive for a living, I'm on the road right now, and my DOT medical card runs out ${D('July 31st', 'july thirty first')}. Can y'all fit me in Monday for the physical? CDL number is ${L('41938275', 'four one nine, three eight, two seven five')}. Call or text ${PH('903-555-0121', 'nine oh three, five five five, oh one twenty one')}. Appreciate it.`,
  // 8
  `Hello, this is ${N('Mildred Haskins')}. I'm ${AG('ninety-four', 'ninety four')} years old and I don't drive anymore. My grandson usually brings me but he's working out in Midland this month. I need to change my appointment on ${D('Thursday the 24th', 'thursday the twenty fourth')}. My telephone is ${PH('972-555-0106', 'nine seven two, five five five, oh one oh six')}. I'll say it again, ${PH('972-555-0106', 'nine seven two five five five oh one oh six')}. Thank you, sugar.`,
  // 9
  `Hi, this is ${P('Tuan')}, one of the pharmacists at the Walgreens on Jupiter Road in Garland. I have a prescription here for ${N('Phạm Văn Đức', 'pham van duc')}, date of birth ${D('1/19/49', 'one nineteen forty nine')}. The metoprolol tartrate is on back order, is it okay to switch him to the succinate ${T('25', 'twenty five')} once a day? Please have ${P('Dr. Nwosu')} call us at ${PH('972-555-0181', 'nine seven two five five five oh one eight one')}. Thanks.`,
  // 10
  `Hi, I just wanted to know if y'all are open on ${T('July 4th', 'july fourth')}, and if you're still doing the evening walk-in hours till ${T('7', 'seven')}. I'll call back tomorrow. Thanks.`,
  // 11
  `Hi, it's ${N('Travis McAllister')}. I've got an appointment today at ${T('1:45', 'one forty five')} with ${P('Dr. Okonkwo')} but that hail last night took out my back windshield and I'm waiting on the glass guy. Could I move to Friday? ${PH('682-555-0128', 'six eight two, five five five, oh one two eight')}.`,
  // 12
  `Hi, this is ${N('Sheila Dunaway')}. I was at your office on ${D('Tuesday, May 14th', 'tuesday may fourteenth')} when that hail came through, and my car was out in the front lot. My insurance wants a note that I was there for an appointment. It's a white Camry, plate ${V('NKT4829', 'n k t, four eight two nine')}. You can reach me at ${PH('469-555-0153', 'four six nine, five five five, oh one five three')}.`,
  // 13
  `Hi, ${N('Olumide Adeyemi')} here. Somebody from your billing office, ${P('Yolanda')}, asked me to leave the last four of my social so she can merge my two accounts. It's ${SS('6028', 'six oh two eight')}. Call me back on ${PH('214-555-0172', 'two one four, five five five, oh one seventy two')}. Thank you.`,
  // 14
  `Hello, this is ${N('Marisol Cañas')}. My daughter ${N('Yesenia')} has the STAR Medicaid now, with Parkland's plan, and I want to make sure you have it before her checkup. Her Medicaid number is ${H('608317442', 'six oh eight, three one seven, four four two')}. Her birthday is ${D('April 2nd, 2019', 'april second twenty nineteen')}. She needs her ${T('4-year', 'four year')} shots for pre-K. Call me at ${PH('972-555-0143', 'nine seven two five five five zero one four three')}. Gracias.`,
  // 15
  `Hi, this is ${N('Ayesha Siddiqui')}. I can't get into the patient portal, it keeps saying my account is locked. My username is my email, ${E('ayesha.siddiqui@outlook.com', 'ayesha dot siddiqui at outlook dot com')}. The error page says it blocked the address ${IP('203.0.113.47', 'two oh three dot zero dot one one three dot forty seven')}, I don't know if that helps. My chart number is ${M('TX220481', 't x two two oh four eight one')}. Thanks.`,
  // 16
  `Hi, it's ${N('Rosa Benavides')}. My brother ${N('Tomás Benavides')} is a patient there, he's been in Methodist Dallas since the heat stroke at his roofing job on the ${D('3rd', 'third')}. They're discharging him ${D('Monday the 8th', 'monday the eighth')} and they want him seen by his primary within a week. We also started a page for his bills, ${URL('gofundme.com/f/tomas-benavides', 'go fund me dot com slash f slash tomas benavides')}, and the lady at the hospital said a letter from his doctor might help. My number is ${PH('214-555-0109', 'two one four, five five five, oh one oh nine')}.`,
  // 17
  `Yeah, hi, ${N('Wade Pruitt')} calling. Got kicked by a heifer Saturday and the knee's swole up like a cantaloupe. I'd like to get it looked at but we're a ways out, we're at ${AD('8870 FM 156, Ponder', 'eighty eight seventy f m one fifty six, ponder')}, so an afternoon works best. ${PH('940-555-0137', 'nine four oh, five five five, oh one three seven')}.`,
  // 18
  `This is ${N('Loretta Skaggs')} out in ${AD('Kemp')}. The power's been out since the storm and I've got my husband's insulin sitting in a cooler with ice. Is it still good? It's been about ${T('30', 'thirty')} hours. His name's ${N('Earl')}, ${N('Earl Skaggs')}. Call ${PH('903-555-0164', 'nine oh three, five five five, oh one six four')}. Thank you.`,
  // 19
  `Assalamu alaikum, this is ${N('Faisal Qureshi')}. My father, ${N('Abdul Rashid Qureshi')}, is visiting from Lahore until October and he's staying with us in ${AD('Coppell')}. He's ${T('78', 'seventy eight')} and he ran out of his Januvia. He has no insurance here, so we'll pay cash, I just want to know the self-pay price for a visit. ${PH('469-555-0192', 'four six nine, five five five, zero one nine two')}.`,
  // 20
  `Hi, I'm calling for my great-grandmother, ${N('Inez Villarreal')}. She'll be ${AG('100', 'a hundred')} on ${D('September 9th', 'september ninth')} and the family wants her to have her checkup before the party, she gets tired. Her birthday is ${D('9/9/1925', 'nine nine nineteen twenty five')}. I'm ${N('Alma')}, ${PH('972-555-0115', 'nine seven two, five five five, oh one one five')}.`,
  // 21
  `Yes, hello, my dad is ${T('89', 'eighty nine')} and he fell in the bathroom this morning. He says he's fine, he's sitting up and talking, no bleeding, but I want to know if he should come in today or go to the ER. I'll call back in ${T('15', 'fifteen')} minutes if nobody picks up.`,
  // 22
  `Hi, this is ${N('Kimberly Ashworth')}, I'd like to pay my balance, it's ${T('$212.40', 'two twelve forty')}. Visa, ${C('4518 7390 2614 5532', 'four five one eight, seven three nine oh, two six one four, five five three two')}, expires ${T('11/27', 'eleven twenty seven')}. The account number on the statement is ${AC('880146327', 'eight eight oh, one four six, three two seven')}. Thank you.`,
  // 23
  `Hi, this is ${N('Hùng Trần', 'hung tran')}, I'm a patient of ${P('Dr. Vo')}. My Dexcom transmitter quit two days early and the company needs the doctor's office to confirm. The serial on the back is ${DV('8GM4T2', 'eight g m four t two')}. My date of birth is ${D('11/30/1971', 'eleven thirty nineteen seventy one')}. Call me at ${PH('972-555-0168', 'nine seven two, five five five, oh one six eight')}.`,
  // 24
  `Good morning, this is ${P('Patricia Oyelaran')}, RN, with Lone Star Home Health. We admitted ${N('Herbert Fikes')} to home health on ${D('June 3rd', 'june third')} and I faxed the plan of care for ${P('Dr. Whitaker')}'s signature. For the record my Texas RN license is ${L('874213', 'eight seven four two one three')}. Our fax is ${PH('214-555-0179', 'two one four, five five five, oh one seven nine')} and my direct line is ${PH('214-555-0180 extension 31', 'two one four five five five oh one eight oh, extension thirty one')}.`,
  // 25
  `Hi, my name is ${N('Thanh Le')}, I'm calling for my grandmother, ${N('Lê Thị Mai', 'le thi mai')}. She's ${AG('ninety-one', 'ninety one')}. She lives with us in ${AD('Garland')}. Her feet are swelling a lot with this heat and she's on the Lasix already. Her birthday is ${D('February 5th, 1934', 'february fifth nineteen thirty four')}. Please call me at ${PH('214-555-0125', 'two one four, five five five, zero one two five')}.`,
  // 26
  `Hey, it's ${N('Austin Pierce')}. I work the ramp at DFW, overnights, so I sleep days, please text instead of calling if you can. I need a note for missing my shifts ${D('June 20th', 'june twentieth')} and the ${D('21st', 'twenty first')}, I was in here for the kidney stone. ${PH('817-555-0104', 'eight one seven, five five five, oh one oh four')}.`,
  // 27
  `Hi, this is ${P('Monique')} calling from Quest Diagnostics on MacArthur. We have a critical potassium on ${N('Gerald Lyles')}, date of birth ${D('4/15/52', 'four fifteen fifty two')}, drawn this morning. The ordering provider is ${P('Dr. Chaudhry')}. Please call us back at ${PH('866-555-0146', 'eight six six, five five five, oh one four six')}, reference the accession number. Thank you.`,
  // 28
  `Hi, I'm trying to figure out whether you take Blue Cross PPO, the one through Texas Instruments. If you do, I'd like to set up new-patient visits for me and my two kids. I'll call back on my lunch break.`,
  // 29
  `Hello, this is ${N('Adaeze Nwosu')}. ${N('A-D-A-E-Z-E')}, ${N('N-W-O-S-U')}. I had my mammogram at the Baylor in Irving on the ${D('2nd of July', 'second of july')} and they said the result would go to ${P('Dr. Adebayo')}. I have not heard anything. My number is ${PH('469-555-0156', 'four six nine, five five five, oh one five six')}. Thank you.`,
  // 30
  `Good morning. ${N('Raymond Kessler')}. Date of birth ${D('12/7/41', 'twelve seven forty one')}. Need my Eliquis refilled, ${T('5 milligrams', 'five milligrams')} twice a day, ninety-day supply to the mail order. That's all. ${PH('972-555-0161', 'nine seven two, five five five, oh one six one')}.`,
  // 31
  `Hi, um, this is ${N('Priyanka Sharma')}, I'm ${T('32', 'thirty two')} weeks, and I've had a headache since this morning that won't go away with Tylenol, and my feet are really swollen. My OB is closed today. Should I go to labor and delivery? My number is ${PH('469-555-0130', 'four six nine five five five oh one three oh')}. Sorry, ${PH('469-555-0130', 'four six nine, five five five, oh one thirty')}.`,
  // 32
  `This is ${N('Santos Alvarenga')}. I am calling because I got a bill, but I have Medicaid. My card number is ${H('714062958', 'seven one four, zero six two, nine five eight')}. The bill says ${T('$95', 'ninety five dollars')}. The claim number is ${AC('CLM-20471136', 'c l m two oh four seven one one three six')}. Please call me back after ${T('5', 'five')}, ${PH('214-555-0111', 'two one four, five five five, oh one one one')}.`,
  // 33
  `Hi, this is ${N('Kwame Mensah')} calling about my son ${N('Yaw')}. He needs a sports physical before ${D('August 5th', 'august fifth')} for football at Nimitz. His date of birth is ${D('October 14th, 2009', 'october fourteenth two thousand nine')}. Any evening or Saturday. ${PH('972-555-0187', 'nine seven two, five five five, oh one eighty seven')}.`,
  // 34
  `Hi, this is ${N('Ruth Ann Thibodeaux')}. I got a letter saying my Medicare Advantage plan changed and I need to give y'all the new number. It's ${H('H7R2K94015', 'h seven r two k nine four oh one five')}. I'm ${T('71', 'seventy one')}, date of birth ${D('3/28/53', 'three twenty eight fifty three')}. Thank you kindly.`,
  // 35
  `Hey, ${P('Jared')} here from ${P('Dr. Sandoval')}'s office at DFW Orthopedics. We're sending back ${N('Maribel Ochoa')}'s referral, it's missing the MRI report. Fax is ${PH('972-555-0198', 'nine seven two, five five five, oh one nine eight')}. Thanks.`,
  // 36
  `Hi, this is ${N('Ngozi Eze')}. I need my immunization records for nursing school at UTA. Please send them to ${E('ngozi.eze.rn@gmail.com', 'n g o z i dot e z e dot r n at gmail dot com')}. My date of birth is ${D('May 30th, 1999', 'may thirtieth ninety nine')}. Thank you so much.`,
  // 37
  `Hi, this is ${N('Cody Barnhill')}. Just letting y'all know I can't make it today, ${T('I-30', 'i thirty')} is shut down at Rockwall after the wreck and I'm sitting in traffic. I'll call to reschedule.`,
  // 38
  `Hello, I'm ${N('Gladys Pennington')}, and I'm ${AG('ninety-six', 'ninety six')}. My daughter set up this phone for me so forgive me. I need my eye drop, the Lumigan, my regular doctor was ${P('Dr. Hollis')} but he retired, so I don't know who I have now. I live at ${AD('1402 Sowers Road, Irving', 'fourteen oh two sowers road, irving')}. My number is ${PH('972-555-0102', 'nine seven two, five five five, oh one oh two')}.`,
  // 39
  `Hi, calling for ${N('Minh Khoa Phan')}, he's ${T('6', 'six')}, his birthday is ${D('2/11/2019', 'two eleven twenty nineteen')}. He has STAR Kids, ID ${H('503881274', 'five oh three, eight eight one, two seven four')}. His therapy people need a new order for speech therapy from ${P('Dr. Vo')}. I'm his mom, ${N('Trinh')}. ${PH('682-555-0113', 'six eight two five five five zero one one three')}.`,
  // 40
  `Hi, it's ${N('Deepak Iyer')}. I had a telehealth with ${P('Dr. Chaudhry')} on ${D('Friday the 12th', 'friday the twelfth')} and she was going to send the Paxlovid to the CVS on Legacy in Plano, but they don't have it. Can you send it to the Walgreens on Coit instead? ${PH('214-555-0126', 'two one four, five five five, oh one two six')}.`,
  // 41
  `Yeah, hi, ${N('Bobby Ray Tidwell')}. I'm out on a run to Laredo and I'm not gonna make it back for my appointment ${D('Wednesday the 16th', 'wednesday the sixteenth')}. My blood pressure's been fine, I got the cuff in the truck. Cell's ${PH('903-555-0193', 'nine oh three, five five five, oh one nine three')}.`,
  // 42
  `Hi, this is ${N('Fatima Malik')}. My son ${N('Zayan')} got stung by a wasp about an hour ago on his hand and it's swelling up to the wrist. He's breathing fine. He's ${T('9', 'nine')}. We gave him Benadryl, the ${T('12.5', 'twelve and a half')}. Should we bring him in? ${PH('469-555-0140', 'four six nine, five five five, zero one four zero')}.`,
  // 43
  `Hi, it's ${N('Emmanuel Asante')}, ${N('A-S-A-N-T-E')}. I changed jobs and my new insurance is Blue Cross Blue Shield of Texas PPO. Member ID ${H('XAF 7729 4481 06', 'x a f, seven seven two nine, four four eight one, oh six')}, group number ${T('284503', 'two eight four five oh three')}. My appointment is on the ${D('19th', 'nineteenth')}. Thanks.`,
  // 44
  `Hi, my name is ${N('Carmen Escobar')}, I'm calling for my mother-in-law, ${N('Dolores Escobar')}. She lives in ${AD('Oak Cliff')}. She's been really confused since yesterday and not eating. She's ${T('84', 'eighty four')}. Is that something ${P('Dr. Sandoval')} can see today or should we go to Methodist? ${PH('214-555-0158', 'two one four, five five five, oh one five eight')}.`,
  // 45
  `This is ${N('Helen Murchison')}. I'm a patient of ${P('Dr. Whitaker')}. I have a hearing aid appointment and they want a copy of my last visit notes. Please fax them to the Miracle-Ear in Grand Prairie at ${PH('972-555-0119', 'nine seven two, five five five, oh one one nine')}. Thank you.`,
  // 46
  `Hi, this is ${N('Venkatesh Subramanian')}, that's a long one, ${N('S-U-B-R-A-M-A-N-I-A-N')}. I'm on an ${T('H-1B', 'h one b')} and my employer's immigration attorney needs a letter that I had surgery on ${D('April 22nd', 'april twenty second')} and was out until ${D('May 13th', 'may thirteenth')}. Email is ${E('venkat.s@protonmail.com', 'venkat dot s at proton mail dot com')}. Thank you.`,
  // 47
  `Hi, it's ${N('Jolene Harwell')}. I brought my CPAP in for the compliance download and I think I left the SD card there. The machine's a ResMed, serial ${DV('23171448902', 'two three one seven one, four four eight, nine oh two')}, it's written on a piece of tape. I'm at ${PH('972-555-0150', 'nine seven two five five five oh one five oh')}.`,
  // 48
  `Hi, I pressed ${T('3', 'three')} for the nurse line and it sent me here, so. I'm ${N('Teresa Lozano')}, I had my gallbladder out ${D('June 28th', 'june twenty eighth')} at Las Colinas Medical Center and one of the incisions is red and kind of leaking. ${PH('469-555-0183', 'four six nine, five five five, oh one eight three')}.`,
  // 49
  `Hello, good evening, my name is ${N('Oluwaseun Balogun')}, calling for my mother, ${N('Folasade Balogun')}. She arrived from Lagos on the ${D('5th', 'fifth')} and her blood pressure medicine finished on the plane. She is staying with me in ${AD('Grand Prairie, 75052', 'grand prairie, seven five oh five two')}. She is ${T('67', 'sixty seven')}. Please can the doctor see her this week. ${PH('682-555-0171', 'six eight two, five five five, oh one seven one')}.`,
  // 50
  `Hi, yes, this is the front desk at Garland Heart and Vascular, I'm ${P('Kristy')}. We need the last two office notes and the EKG for ${N('Võ Văn Bình', 'vo van binh')}, birth date ${D('6/6/1950', 'six six nineteen fifty')}, he sees ${P('Dr. Ho')} here on the ${D('23rd', 'twenty third')}. Fax ${PH('972-555-0175', 'nine seven two, five five five, oh one seventy five')}. Thank you.`,
  // 51
  `Hi, this is ${N('Tyler Gentry')}. Work comp question. I hurt my back unloading at the UPS hub on the ${D('10th', 'tenth')} and the adjuster says y'all need my claim number on the paperwork. It's ${AC('WC-4471-09823', 'w c, four four seven one, oh nine eight two three')}. ${PH('817-555-0135', 'eight one seven, five five five, oh one thirty five')}.`,
  // 52
  `Hi, I'm calling to cancel for my husband, he had a ${T('10:30', 'ten thirty')} with ${P('Dr. Okonkwo')}. His name is ${N('Luis Melgar')}. He got called in at the airport. We'll call back. Thanks.`,
  // 53
  `Hey, this is ${N('Samantha Pryor')}, I live out in ${AD('Forney')}, and with this heat my daughter's asthma is just terrible, she used her inhaler like ${T('4', 'four')} times today. Her name's ${N('Kaylee')}. She's ${T('11', 'eleven')}. Can someone call me? ${PH('972-555-0132', 'nine seven two, five five five, oh one three two')}.`,
  // 54
  `Hi, it's ${N('Nasreen Akhtar')}. I'm calling to check whether you got my records from my old doctor in Houston. I signed the release on ${D('March 4th', 'march fourth')}. My portal ID is ${M('P-0072213', 'p zero zero seven two two one three')}. ${PH('214-555-0148', 'two one four, five five five, zero one four eight')}.`,
  // 55
  `This is ${N('Henry Baucum')} in ${AD('Ennis')}. I'm calling about my wife, ${N('Marjorie')}, she's got a rash all over her back since she started the new antibiotic, the Bactrim. Her birthday's ${D("June of '47", 'june of forty seven')}, I don't remember the day. ${PH('972-555-0169', 'nine seven two, five five five, oh one six nine')}.`,
  // 56
  `Hi there, I'm calling from Texas Health Resources care coordination, my name is ${P('Dana')}. We're trying to reach ${N('Estela Ruiz')} about her follow-up after discharge on ${D('July 1st', 'july first')}. We don't have a working number for her. If you have one, please call us back at ${PH('682-555-0184', 'six eight two, five five five, oh one eight four')}.`,
  // 57
  `Hi, this is ${N('Jun Park')}, ${N('P-A-R-K')}, I'm a pilot with American and I need my records for my FAA medical. I'm flying through ${D('Thursday the 18th', 'thursday the eighteenth')}, so if they could be ready ${D('Friday the 19th', 'friday the nineteenth')} I'll pick them up. My birth date's ${D('9/3/1980', 'nine three nineteen eighty')}. ${PH('817-555-0189', 'eight one seven, five five five, oh one eight nine')}.`,
  // 58
  `Hello, my name is ${N('Agnes Kowalewski')}, I'll be ${AG('ninety-two', 'ninety two')} next week. I want to know if I need the new shingles shot or if I already had it. I get mixed up. My number is ${PH('214-555-0101', 'two one four, five five five, oh one oh one')}. Goodbye.`,
  // 59
  `Hi, it's ${N('Derek Holloway')}, quick one, I need the ${T('20 milligram', 'twenty milligram')} lisinopril sent to the Kroger on Belt Line instead of the Tom Thumb. That's it. ${PH('972-555-0124', 'nine seven two five five five zero one twenty four')}.`,
  // 60
  `Hello, ${N('Efua Ankrah')} speaking. I am calling for my husband, ${N('Kwabena Ankrah')}, his Medicaid was cut off and now it is back. The new ID is ${H('611 240 597', 'six one one, two four oh, five nine seven')}. He was seen on ${D('May 9th', 'may ninth')} and they told him to pay, but the Medicaid should cover back to that date. Call me, ${PH('469-555-0177', 'four six nine, five five five, oh one seven seven')}.`,
  // 61
  `Hi, this is ${N('Bethany Cole')}. My license got stolen with my wallet and the records office says they need a photo ID to release my son's records. Can I give you the number instead? It's a Texas license, ${L('27418863', 'two seven four, one eight, eight six three')}. ${PH('817-555-0116', 'eight one seven, five five five, oh one one six')}.`,
  // 62
  `Hi, just calling to ask what time you close on Saturdays and whether you do TB tests without an appointment. Thanks, bye.`,
  // 63
  `Hi, this is ${N('Salvador Henríquez')}. My son ${N('Kevin')}, ${N('Kevin Henríquez')}, birthday ${D('December 1st, 2012', 'december first twenty twelve')}, he has CHIP, ${H('530992106', 'five three zero, nine nine two, one zero six')}. The school in Grand Prairie needs the form for his ADHD medicine, the Concerta, ${T('36 milligrams', 'thirty six milligrams')}. My number ${PH('972-555-0157', 'nine seven two, five five five, zero one five seven')}. Thank you.`,
  // 64
  `Hi, it's ${N('Meredith Langford')}, ${D('5/22/78', 'five twenty two seventy eight')}. My thyroid labs were drawn ${D('Monday the 1st', 'monday the first')} and the portal says final but no one's commented. My TSH was ${T('6.8', 'six point eight')}. ${PH('469-555-0194', 'four six nine, five five five, oh one nine four')}.`,
  // 65
  `Good afternoon, this is nurse ${P('Thuy')} from ${P('Dr. Ho')}'s cardiology office. We're returning ${P('Dr. Vo')}'s call about the patient ${N('Đặng Văn Long', 'dang van long')}. Please call us at ${PH('972-555-0176 extension 4', 'nine seven two five five five oh one seven six, extension four')}.`,
  // 66
  `Hey y'all, it's ${N('Clint Hargrove')}. Hail came through ${AD('Waxahachie')} last night and put a hole in the barn roof, and I cut my arm pretty good on the tin fixing it. When was my last tetanus shot? Birthday's ${D('1/8/70', 'one eight seventy')}. ${PH('469-555-0122', 'four six nine, five five five, oh one twenty two')}.`,
  // 67
  `Hi, my name is ${N('Mai Anh Đỗ', 'mai anh do')}. I work at the nail salon, I have the cough more than three weeks. My husband ${N('Quang')} has the same. We both have insurance from Blue Cross. My ID is ${H('ZGP9016637', 'z g p nine zero one six six three seven')}. Please call ${PH('682-555-0166', 'six eight two, five five five, zero one six six')}. Thank you.`,
  // 68
  `Hi, I'm ${N('Karina Salazar')}, I'm a patient there and I'm supposed to come in Wednesday for my ${T('3', 'three')}-month diabetes visit, but I just want to ask if I need to fast. Thank you. Oh, my number, ${PH('214-555-0159', 'two one four, five five five, oh one fifty nine')}.`,
  // 69
  `Hi, this is ${N('Arjun Mehta')}. I'm calling on behalf of my parents, they're visiting from Pune, and I want to book them for a general checkup. My dad's name is ${N('Rajesh Mehta')}, born ${D('4/1/1955', 'four one nineteen fifty five')}, and my mom is ${N('Sunita')}. They're with us in ${AD('Frisco')} till ${D('December 15th', 'december fifteenth')}. ${PH('469-555-0114', 'four six nine, five five five, oh one one four')}.`,
  // 70
  `Hi, this is ${N('Ernestine Jackson')}, I'm calling for my neighbor, Mr. ${N('Odell Banks')}. He's ${AG('ninety', 'ninety')} and he's been in the heat with no AC, the unit quit, and he's real weak. I got him in my house now with a fan. He's a patient of ${P('Dr. Whitaker')}. I'm at ${PH('214-555-0152', 'two one four, five five five, oh one five two')}, and his number is ${PH('214-555-0151', 'two one four five five five oh one five one')} but he don't always answer.`,
  // 71
  `Hi, this is ${P('Michelle Ortiz')} calling from ${P('Dr. Lim')}'s office at North Texas Dermatology. We received a referral for ${N('Giovanni Castro')} but the insurance ID on it is cut off. Could you fax the face sheet? ${PH('972-555-0111', 'nine seven two, five five five, oh one one one')}.`,
  // 72
  `Hi, it's ${N('Tiffany Brooks')}, I want to put my payment on the card ending in ${T('4417', 'forty four seventeen')} that you have on file, the ${T('$60', 'sixty dollars')} from my visit. Call me if that doesn't work, ${PH('817-555-0195', 'eight one seven, five five five, zero one ninety five')}.`,
  // 73
  `Hi, this is ${N('Olga Dvořák', 'olga dvorak')}. I was going to leave a message about my appointment tomorrow but I found the text and confirmed it. So never mind! Thank you.`,
  // 74
  `Yes, hi, this is ${N('Uchenna Obi')}, calling about my daughter ${N('Chiamaka')}. Her date of birth ${D('7/29/2016', 'seven twenty nine twenty sixteen')}. She needs the meningitis shot and the physical for camp in Glen Rose, they leave ${D('June 30th', 'june thirtieth')}. Her Medicaid number ${H('592 016 774', 'five nine two, zero one six, seven seven four')}. ${PH('817-555-0141', 'eight one seven, five five five, zero one four one')}. Thank you.`,
  // 75
  `Hi, I'm calling about my bill. The account number is ${AC('10-339-0472', 'one oh, three three nine, oh four seven two')}. I got charged for a lab that Blue Cross says wasn't sent to them. I'm ${N('Nathan Cordell')}, ${PH('972-555-0185', 'nine seven two, five five five, oh one eighty five')}. Thank you.`,
  // 76
  `Hi, my name is ${N('Rubén Argueta')}, I am from El Salvador, I am new here. I live in ${AD('2311 Cedar Crest Boulevard, apartment 4, Dallas', 'twenty three eleven cedar crest boulevard, apartment four, dallas')}. I want to be a new patient. I have pain in the stomach. My phone ${PH('214-555-0173', 'two one four, five five five, zero one seven three')}. Thank you very much.`,
  // 77
  `Hi, this is ${N('Darlene Oakes')}, calling for my dad, ${N('Vernon Oakes')}, he had his pacemaker put in at Baylor on ${D('April 8th', 'april eighth')}, no, wait, it was the ${D('9th', 'ninth')}, of last year, and the remote monitor's been flashing. The pacemaker serial's on his card, ${DV('PJN 812447 H', 'p j n, eight one two four four seven, h')}. He's ${T('82', 'eighty two')}. ${PH('940-555-0163', 'nine four oh, five five five, oh one six three')}.`,
  // 78
  `Hey, it's ${N('Lamar Whitley')}. I'm a baggage handler at Love Field and I got heat exhaustion on shift ${D('Saturday the 20th', 'saturday the twentieth')}, they sent me home. Supervisor wants a clearance note before I go back out on the ramp. ${PH('214-555-0105', 'two one four five five five oh one oh five')}. ${PH('214-555-0105', 'two one four, five five five, oh one oh five')}.`,
  // 79
  `Hi, this is ${N('Hanh')}, I call for my father, ${N('Trương Văn Sáu', 'truong van sau')}. He has the appointment with ${P('Dr. Vo')} tomorrow at ${T('8:15', 'eight fifteen')}, he needs the Vietnamese interpreter please. His birthday ${D('1/1/1944', 'one one nineteen forty four')}. Call me ${PH('972-555-0136', 'nine seven two, five five five, oh one three six')}.`,
  // 80
  `Good morning, my name is ${N('Imran Chaudhry')}, no relation to the doctor, ha. I'm calling to get the lipid panel ordered before my physical on ${D('August 12th', 'august twelfth')}. I'm at ${E('imran.chaudhry@tcs.com', 'imran dot chaudhry at t c s dot com')} if email's easier. Cell ${PH('214-555-0167', 'two one four, five five five, oh one sixty seven')}.`,
  // 81
  `Hi, this is ${N('Carolyn Strickland')}, ${N('S-T-R-I-C-K-L-A-N-D')}. I need a handicap placard form signed for my husband, ${N('Dwayne')}, after his stroke. DMV wants the plate it'll be used with, it's ${V('RDW 6153', 'r d w, six one five three')}. We're at ${AD('418 County Road 2440, Mabank', 'four eighteen county road twenty four forty, mabank')}. ${PH('903-555-0147', 'nine oh three, five five five, oh one four seven')}.`,
  // 82
  `Hi, this is ${N('Julio Cervantes')}, date of birth ${D('2/14/88', 'two fourteen eighty eight')}. I got a text for my appointment ${D('Tuesday the 9th', 'tuesday the ninth')} but I didn't book that, I think it's my father, he's also ${N('Julio Cervantes')}. His birthday is ${D('August 30th, 1961', 'august thirtieth sixty one')}. Please check. ${PH('972-555-0108', 'nine seven two, five five five, oh one oh eight')}.`,
  // 83
  `Hello, I'm calling from the CVS on Irving Boulevard, this is ${P('Sarah')} in pharmacy. We got a prescription for tramadol for ${N('Reginald Foster')} and it doesn't have the DEA number on it. Could ${P('Dr. Okonkwo')} call it in or resend? ${PH('972-555-0191', 'nine seven two five five five oh one nine one')}.`,
  // 84
  `Hi, it's ${N('Yolanda Pérez')}, I just wanted to say thank you to ${P('Dr. Sandoval')} and to ${P('Marisela')} at the front desk. My mom passed away on the ${D('11th', 'eleventh')} and they were so good to her. Y'all were family to her. That's all. No need to call back.`,
  // 85
  `Hey, it's ${N('Jesse Cantrell')} from the ranch out by ${AD('Scurry')}. Horse stepped on my foot, big toe's black and blue. I ain't coming in unless I need to. ${PH('972-555-0126', 'nine seven two, five five five, oh one two six')}.`,
  // 86
  `Hi, this is ${N('Padma Raghunathan')}. My son ${N('Aditya')} got hit in the eye with a cricket ball at practice in Irving, it's swollen and he says it's blurry. He's ${T('14', 'fourteen')}. Should we go to the ER? ${PH('469-555-0103', 'four six nine, five five five, zero one zero three')}.`,
  // 87
  `Hi, this is ${N('Rhonda Kittrell')}, I have to reschedule my colonoscopy prep visit. My mom's having surgery at Medical City Denton on the ${D('26th', 'twenty sixth')} and I'll be up there with her. Anything the week after is fine. ${PH('940-555-0118', 'nine four oh, five five five, oh one one eight')}.`,
  // 88
  `Hi, I'm calling for ${N('Wilhelmina Grubbs')}, she's ${AG('ninety-eight', 'ninety eight')}, and she's at Heritage Oaks assisted living in ${AD('Midlothian')}. I'm her niece, ${N('Patsy')}. The home needs new orders for her oxygen, two liters. ${PH('972-555-0170', 'nine seven two, five five five, oh one seventy')}.`,
  // 89
  `Hi, it's ${N('Brandon Tsai')}. I paid my copay online and it charged me twice, ${T('$35', 'thirty five dollars')} each. The first one was on ${D('June 2nd', 'june second')}. Can someone refund one? ${PH('214-555-0129', 'two one four, five five five, zero one two nine')}.`,
  // 90
  `Hello, this is ${N('Blessing Okonjo')}. I'm returning a call from ${P('Destiny')} about my results. I'm at work until ${T('6', 'six')}, at the Amazon in Coppell, so I can't pick up, but I get out at ${T('6:15', 'six fifteen')}. ${PH('469-555-0186', 'four six nine five five five zero one eight six')}.`,
  // 91
  `Hi, I'm ${N('Gustavo Lemus')}, and I want to add my new baby to my CHIP. She was born ${D('July 7th', 'july seventh')}, her name is ${N('Valentina Lemus')}. She has her first visit, the newborn visit, Thursday. Her CHIP perinatal number is ${H('541 778 206', 'five four one, seven seven eight, two oh six')}. ${PH('972-555-0154', 'nine seven two, five five five, oh one five four')}.`,
  // 92
  `Hi, good morning. I just have a question about the summer camp forms. Do you need them dropped off or can we upload them through the portal? Thank you.`,
  // 93
  `Hi, it's ${N('Terrell Hampton')}. I'm supposed to see ${P('Dr. Adebayo')} on the ${D('30th', 'thirtieth')} for the sleep study results. I can't do mornings. My email is ${E('thampton78@yahoo.com', 't hampton seventy eight at yahoo dot com')}. Thanks.`,
  // 94
  `Yes, hello, this is ${N('Luong Quoc Bao', 'luong quoc bao')}. My wife, ${N('Kim')}, has the sugar, and her machine, the Libre, the sensor fell off after ${T('3', 'three')} days. The company says they need the doctor's office to call. The sensor serial number is ${DV('0M00043KF7R', 'zero m zero zero zero four three k f seven r')}. ${PH('817-555-0110', 'eight one seven, five five five, oh one one oh')}.`,
  // 95
  `Hi, this is ${N('Sabrina Whitlock')}, ${D('10-18-1990', 'ten eighteen nineteen ninety')}. I need a pregnancy test appointment, I think I'm about ${T('6', 'six')} weeks. My last period started ${D('May 27th', 'may twenty seventh')}. ${PH('682-555-0145', 'six eight two, five five five, oh one four five')}. Thanks.`,
  // 96
  `Hi, my name is ${N('Ikechukwu Nnadi')}, I'm calling because my Blue Cross card shows a different ID than the one I gave you. The right one is ${H('BOY 312 774 859', 'b o y, three one two, seven seven four, eight five nine')}. Sorry, not B-O-Y, ${H('B-O-V 312 774 859', 'b o v, three one two, seven seven four, eight five nine')}. ${PH('214-555-0144', 'two one four, five five five, oh one four four')}.`,
  // 97
  `Hi, this is ${N('Cecilia Ybarra')}. We got your reminder about ${N('Mateo')}'s vaccines, but he's already had them at the county health clinic on ${D('May 3rd', 'may third')}. I'll bring the card. ${PH('972-555-0131', 'nine seven two, five five five, oh one three one')}.`,
  // 98
  `Hi, ${N('Leroy Simmons')}, I'm ${AG('ninety-three', 'ninety three')}. Is ${P('Dr. Whitaker')} still seeing patients? My neighbor says he moved to the Arlington office. I was born ${D('November 2nd, 1931', 'november second nineteen thirty one')}. ${PH('817-555-0100', 'eight one seven, five five five, oh one hundred')}.`,
  // 99
  `Hello, I call from ${P('Dr. Agyeman')}'s office. We're doing a peer-to-peer for ${N('Abena Osei')}'s MRI. The Blue Cross reference number is ${AC('PA-39081147', 'p a three nine oh eight one one four seven')}. Please have the doctor call ${PH('972-555-0182', 'nine seven two, five five five, oh one eight two')} before ${T('4', 'four')} today.`,
  // 100
  `Hi, this is ${N('Garrett Lindqvist')}. I'm a new patient as of next month, I'm transferring from Houston, and my old clinic faxed records over. I'd also like to pay the new patient deposit, here's my Amex, ${C('3782 410935 52614', 'three seven eight two, four one oh nine three five, five two six one four')}, expiration ${T('03/28', 'oh three twenty eight')}. ${PH('832-555-0138', 'eight three two, five five five, oh one three eight')}.`,
  // 101
  `Hi, it's ${N('Nadia Haddad')}. I had the flu shot Thursday and my arm is sore and hot. Is that normal? I took ibuprofen, ${T('400', 'four hundred')}. Call me if I should come in. ${PH('469-555-0150', 'four six nine, five five five, oh one fifty')}.`,
  // 102
  `Hi, this is ${N('Chinedu Okeke')}, I'm the son of ${N('Grace Okeke')}. She is ${AG('ninety-one', 'ninety one')} and she lives with me at ${AD('605 Glenbrook Drive, Garland', 'six oh five glenbrook drive, garland')}. She cannot come in anymore, she is bedbound. Can ${P('Dr. Nwosu')} do a home visit or order home health? ${PH('972-555-0160', 'nine seven two, five five five, oh one sixty')}.`,
  // 103
  `Hi, it's ${N('Sonia Gallardo')}. The pharmacy said my prior auth for Ozempic got denied. Is there another one y'all can try? My Blue Cross ID is ${H('ZGD81055732', 'z g d, eight one oh, five five seven, three two')}. My birthday ${D('4/3/82', 'four three eighty two')}. ${PH('972-555-0139', 'nine seven two, five five five, oh one three nine')}.`,
  // 104
  `Hey, ${N('Hunter Blevins')}, I'm a truck driver, I'm calling from a Love's outside of Amarillo. I need my metformin sent to a Walmart on ${T('I-40', 'i forty')} because I'm not getting home till next weekend. Store number's ${T('5231', 'fifty two thirty one')}. Date of birth ${D('8/16/76', 'eight sixteen seventy six')}. Cell ${PH('903-555-0175', 'nine oh three, five five five, oh one seven five')}.`,
  // 105
  `Hi, this is ${N('Esperanza Ruelas')}. I live in ${AD('Terrell')} and I don't have a ride on the ${D('14th', 'fourteenth')}. Do you know if Medicaid gives rides? My Medicaid is ${H('644 501 938', 'six four four, five zero one, nine three eight')}. ${PH('972-555-0147', 'nine seven two, five five five, oh one four seven')}.`,
  // 106
  `Hi, it's ${N('Quyen')}, calling again for my mom, ${N('Nguyen Thi Hoa')}. She's out of the amlodipine and I called a couple days ago. Please send to the CVS on Broadway in Garland. ${PH('972-555-0134', 'nine seven two, five five five, oh one three four')}.`,
  // 107
  `Hello, this is ${N('Aaliyah Freeman')}, I'm a gate agent at DFW, Terminal E. I got my hand caught in the jet bridge door on ${D('July 2nd', 'july second')} and it's still swollen. My employee ID is on the form, but my chart number with y'all is ${M('558207', 'five five eight two oh seven')}. ${PH('817-555-0123', 'eight one seven, five five five, oh one two three')}.`,
  // 108
  `Hi, this is ${N('Marcus Dillard')}. My car got towed from your lot, I think from the spot by Suite ${T('210', 'two ten')}. I was upstairs for my appointment at ${T('2:30', 'two thirty')}. The plate is ${V('LPN 7720', 'l p n, seven seven two zero')}, it's a grey ${T('F-150', 'f one fifty')}, VIN ends in ${V('4418', 'four four one eight')}. Who do I call? ${PH('469-555-0197', 'four six nine, five five five, oh one nine seven')}.`,
  // 109
  `Hi, this is ${N('Sandra Kemp')}. Just confirming my ${T('9 a.m.', 'nine a m')} for tomorrow, and ask if I can bring my ninety-day pill bottles instead of a list. Thank you.`,
  // 110
  `Hi, this is ${N('Ashok Venkataraman')}, I have a question for ${P('Dr. Chaudhry')}. My father, ${N('Krishnan Venkataraman')}, is ${AG('ninety-five', 'ninety five')}, he's living with us in ${AD('Irving')}. His Medicare number is ${H('1EG4-TE5-MK73', 'one e g four, t e five, m k seven three')}. He's been dizzy since the heat wave started. ${PH('972-555-0188', 'nine seven two, five five five, oh one double eight')}.`,
  // 111
  `Hi, it's ${N('Yvette Broussard')}. I need to reschedule the appointment for my son, ${N('Jalen')}, he's got a tournament in Tyler that weekend. He was set for ${D('Saturday, June 14th', 'saturday june fourteenth')}. Call me at ${PH('214-555-0196', 'two one four five five five oh one nine six')}.`,
  // 112
  `Hello, this is ${N('Baltazar Reyes')}. I have my payment for my mother's bill. The Discover is ${C('6011 4382 7705 1286', 'six oh one one, four three eight two, seven seven oh five, one two eight six')}. Her name is ${N('Amparo Reyes')}, date of birth ${D('5/5/1948', 'five five nineteen forty eight')}. ${PH('972-555-0127', 'nine seven two, five five five, oh one two seven')}.`,
  // 113
  `Hi, this is ${N('Dottie Fenwick')}, I'm ${AG('ninety-nine', 'ninety nine')}, and I just want somebody to call me about my bladder pills. I'm at ${PH('940-555-0105', 'nine four oh, five five five, oh one oh five')}. Nine four oh, not nine seven two. Thank you, darlin'.`,
  // 114
  `Hi, this is ${N('Irving Feldman')}, yes, like the city. I need a refill on my Flomax, ${T('0.4', 'point four')}, and I want to ask ${P('Dr. Lim')} about my PSA from ${D('March 18th', 'march eighteenth')}. ${PH('214-555-0135', 'two one four, five five five, oh one three five')}.`,
  // 115
  `Hi, this is ${N('Precious Adjei')}, I'm calling for my brother, ${N('Kojo Adjei')}. He's in the hospital in Ghana and they want his records from here, his blood pressure history. His date of birth is ${D('3/12/1966', 'three twelve nineteen sixty six')}. They said to email them to me and I'll forward, ${E('precious.adjei@gmail.com', 'precious dot a d j e i at gmail dot com')}. My number is ${PH('469-555-0199', 'four six nine, five five five, oh one nine nine')}.`,
  // 116
  `Hey, it's ${N('Shane Dorsey')}. My Mastercard changed after the fraud thing, can you update it for autopay? ${C('5425 1730 6482 1904', 'five four two five, one seven three oh, six four eight two, one nine oh four')}, expiration ${T('9/29', 'nine twenty nine')}. Thanks. Oh, it's on my account ${AC('70442918', 'seven oh four four, two nine one eight')}.`,
];
