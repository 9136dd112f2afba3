/**
 * Blind held-out PHI gold set 91: the after-hours and lunch-hour voicemail of a community health center in
 * Springdale, Arkansas, serving northwest Arkansas (Springdale, Rogers, Bentonville, Fayetteville, Siloam
 * Springs, Bella Vista and the rural hollows and county roads of Benton and Washington counties). Callers
 * include Marshallese families (often a niece, son or cousin interpreting, questions about COFA status and
 * Medicaid eligibility), Latino families from Mexico and El Salvador with some Spanish mixed in, poultry-plant
 * workers on first, second and third shift whose shifts keep changing, Ozark hill families on county roads and
 * mountain lanes, University of Arkansas students, retirees in Bella Vista, and a few callers over ninety.
 * Messages cover ARKids First and Arkansas Medicaid member IDs, sliding-fee questions, dental and behavioral
 * health, refills, work notes for the plants, ice-storm closures and rescheduling, pharmacy and employer
 * nurse calls, and some messages with no PHI at all.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside NAME ("Mrs. «Kimes»"); "Dr." stays inside PROVIDER. Clinicians and staff
 *   of this center (interpreters, community health workers, front desk, billing), of pharmacies, and of
 *   an employer's plant nurse station, named in their working role, are PROVIDER; patients, callers,
 *   relatives, neighbours, a pastor, plant supervisors and plant HR staff are NAME. A first name said alone,
 *   a nickname and a misspelling the caller quotes ("They put «Hemo»") are NAME.
 * - A spelled-out name ("«L-A-N-W-I»") is its own NAME span.
 * - DATE covers a full or partial calendar date tied to a person ("the «22nd»" with "the" outside; "«Monday
 *   the 20th»" with the weekday inside). Weekdays, months and years alone, "tomorrow", clock times,
 *   durations, shift names and card expiry dates are not labelled. The date of an ice-storm closure is
 *   labelled only when it is the date of the caller's appointment.
 * - Every callback number is PHONE (caller, relative, pharmacy, plant nurse), with a caller's extension
 *   inside; this center's menu options and extensions are not labelled. "Area code" stays outside.
 * - ARKids First, Arkansas Medicaid, Medicare, marketplace and supplement member IDs are HEALTH_PLAN_ID;
 *   group numbers are not. Chart and portal numbers are MRN; billing account and claim numbers are ACCOUNT;
 *   "last four of my social" and full socials are SSN; driver's licence numbers are LICENSE; plates and VINs
 *   are VEHICLE; pump, CPAP and monitor serials are DEVICE; an IP address read off an error screen is IP.
 * - ADDRESS: a street or county-road address and/or the town where a patient or caller lives or stays; said
 *   together it is one span; the home town of an out-of-state payer counts too ("I'm in «Plano, Texas»").
 *   Plants, employers, stores, pharmacies, hospitals, schools, the consulate, the atoll or country a family
 *   came from, counties and states alone are not labelled.
 * - AGE only for ages over 89, the number phrase alone ("she's «ninety-two»", "«ninety» years old");
 *   "eighty-nine" and younger ages are plain text.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", pairs, "double five",
 *   "triple five", "hundred", restarts; emails with "at" and "dot"; Spanish and Marshallese words are
 *   rendered as a local recogniser would write them, accents dropped.
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, V, U, IP, T } = pause;

export const BLIND91_MESSAGES: string[] = [
  // 1
  `Hello, this is ${N('Rosina Lanwi')}, I am calling for my auntie, ${N('Neimon Jibon')}. She don't speak English so I will translate for her. She need to see ${P('Dr. Sandoval')} for her sugar, her feet are swelling again. Her birthday is ${D('August 8, 1961', 'august eight nineteen sixty one')}. You can call me back, ${PH('479-555-0134', 'four seven nine, five five five, oh one three four')}. Kommol tata.`,
  // 2
  `Hi, um, I have a question. My cousin said the Medicaid is open now for the Marshallese people with the COFA, since the law changed. Is that true? And do I need to bring my passport or the ${T('I-94', 'i ninety four')}, or both? I'll just call back tomorrow. Thank you.`,
  // 3
  `Hey, this is ${N('Wilber Alvarado')}. I work second shift at the Tyson plant on Randall Wobbe, I get off at ${T('11:30', 'eleven thirty')} at night, so I can't never come in the afternoon. Do you have anything early, like ${T('8', 'eight')} in the morning? My number is ${PH('479-555-0187', 'four seven nine, five five five, zero one eight seven')}. Gracias.`,
  // 4
  `Hi, this is ${N('Yesenia Portillo')}, the mother of ${N('Kevin')} and ${N('Dayana Portillo')}. They got approved for the ARKids First, so I want to give you the numbers. ${N('Kevin')} is ${H('7012284409', 'seven oh one two, two eight four, four oh nine')}, and ${N('Dayana')} is ${H('7012284417', 'seven oh one two, two eight four, four one seven')}. They have the checkup with ${P('Dr. Kwan')} on the ${D('14th', 'fourteenth')}. My number, ${PH('479-555-0112', 'four seven nine, five five five, oh one one two')}.`,
  // 5
  `Yeah, this is ${N('Darrell Sizemore')}. I'm callin' about my mother, ${N('Opal Sizemore')}, she's ${AG('ninety-two', 'ninety two')}. The road's iced over and there ain't no way I'm gettin' her down the mountain for her appointment Thursday. If a nurse could come out or call her, she's at ${AD('14620 Goshen Ridge Lane, Elkins', 'fourteen six twenty goshen ridge lane, elkins')}. Cell don't work up here hardly, so call the house, ${PH('479-555-0146', 'four seven nine, five five five, oh one four six')}.`,
  // 6
  `Hi y'all, just wonderin' if you're open today with all this ice. The roads out by Tontitown are a mess and I've got a ${T('9:45', 'nine forty five')}. I'll try back in a little bit. Thanks.`,
  // 7
  `Hi, my name is ${N('Caleb Nguyen')}, I'm a student at the U of A. I got a TB skin test at your Fayetteville clinic on ${D('Monday the 20th', 'monday the twentieth')} and I need it read before my nursing clinicals. Email is ${E('cnguyen7@uark.edu', 'c nguyen seven at u ark dot e d u')}, or call ${PH('501-555-0171', 'five oh one, five five five, oh one seven one')}. It's a Little Rock number but I'm up here. Thanks.`,
  // 8
  `Good morning, this is ${N('Gerald Brunswick')}, ${N('B-R-U-N-S-W-I-C-K')}. My wife ${N('Joanne')} and I moved down from Wisconsin last fall, we're at ${AD('17 Kensington Drive, Bella Vista', 'seventeen kensington drive, bella vista')}, and we'd like to establish care, both of us. I'm on Medicare, my number is ${H('3RK8-TJ2-YP61', 'three r k eight, t j two, y p six one')}. Call us at ${PH('479-555-0141', 'four seven nine, five five five, oh one four one')}. Thank you.`,
  // 9
  `Hello? This is ${N('Velma Eoff')}. I'm ${AG('ninety-six', 'ninety six')} years old and I don't hear so good, so if you call me let it ring a long time. I need my water pill, the Lasix, the ${T('40', 'forty')}. ${PH('479-555-0108', 'four seven nine, five five five, oh one oh eight')}. Thank you, sugar.`,
  // 10
  `Hi, this is ${N('Marisol Chávez')}. They moved me from first to third shift at George's, so my appointment on the ${D('22nd', 'twenty second')} at ${T('2', 'two')} o'clock won't work, I'm sleeping then. Can you move it to after ${T('3:30', 'three thirty')}? Date of birth ${D('5/12/88', 'five twelve eighty eight')}. ${PH('479-555-0159', 'four seven nine, five five five, oh one five nine')}.`,
  // 11
  `This is ${P('Kyle')}, pharmacist at the Harps on Sunset. I'm calling about ${N('Tamar Jorbon')}, birth date ${D('1/30/1975', 'one thirty nineteen seventy five')}. We got the Jardiance script but her Arkansas Medicaid wants a prior auth. Could ${P('Dr. Abernathy')}'s nurse give us a call at ${PH('479-555-0150', 'four seven nine, five five five, oh one five oh')}? Thanks.`,
  // 12
  `${N('Bobby Ray Tabor')}. Call me. ${PH('479-555-0193', 'four seven nine five five five oh one nine three')}.`,
  // 13
  `Buenas tardes, this is ${N('Eduardo Flores Quintanilla')}. My daughter ${N('Génesis')} have fever and cough for three days, she is ${T('6', 'six')} years. Her Medicaid number is ${H('7003915526', 'seven zero zero three, nine one five, five two six')}. I speak a little English, is better if ${P('Hilda')} the interpreter call me. ${PH('479-555-0117', 'four seven nine, five five five, zero one one seven')}.`,
  // 14
  `Hi, it's ${N('Jaxon Pruitt')}'s mom, ${N('Loretta')}. He cracked a back tooth on a jawbreaker last night and he's hurtin'. Can the dental side see him? He's on ARKids, his ID is ${H('7009412283', 'seven oh oh nine, four one two, two eight three')}. ${PH('479-555-0164', 'four seven nine, five five five, oh one sixty four')}.`,
  // 15
  `Hi, this is ${N('Marilyn Oehlke')}. I'd like to pay my balance, the ${T('$35', 'thirty five dollars')} from my visit on ${D('October 2nd', 'october second')}. It's a Visa, ${C('4192 2677 7743 3959', 'four one nine two, two six seven seven, seven seven four three, three nine five nine')}, expires ${T('11/28', 'eleven twenty eight')}. The account number on the statement is ${AC('SCH-208816', 's c h, two oh eight, eight one six')}. Thank you.`,
  // 16
  `This is ${N('Earl Villines')}. My dad, ${N('Harlan')}, he's eighty-nine, he fell Saturday out by the woodpile. He's okay, hip's bruised up. ${P('Dr. Abernathy')} told us to call anytime he falls, so I'm callin'. We're out at ${AD('County Road 42, Hindsville', 'county road forty two, hindsville')}. ${PH('479-555-0122', 'four seven nine, five five five, oh one twenty two')}.`,
  // 17
  `Yes, hi, my name is ${N('Hemos Anjain')}, ${N('H-E-M-O-S')}, ${N('A-N-J-A-I-N')}. I am calling about my card, the new Medicaid card, the name is spelled wrong. They put ${N('Hemo')}. My ID is ${H('7014490027', 'seven oh one four, four nine oh, oh two seven')}. Please call my son ${N('Alson')}, he speak English good, ${PH('479-555-0183', 'four seven nine, five five five, oh one eight three')}.`,
  // 18
  `Hi, this is ${P('Angie')} from the nurse station at the Simmons plant in Siloam Springs. One of our employees, ${N('Jebro Lokeijak')}, cut his left hand on the line on the ${D('3rd', 'third')} and he was told to follow up with y'all for the stitches out. He doesn't read English much, so if your Marshallese staff could call him that'd be great. Our number is ${PH('479-555-0100 extension 312', 'four seven nine, five five five, oh one hundred, extension three twelve')}.`,
  // 19
  `Hi, I'm calling to ask about the sliding fee. I make about ${T('$1,400', 'fourteen hundred dollars')} a month and it's a family of ${T('5', 'five')}. What do I need to bring, the pay stubs? I'll come by Monday around ${T('10', 'ten')}. Okay, thanks.`,
  // 20
  `Hey, this is ${N('Priyanka Venkataraman')}. I'm trying to log into the patient portal from my apartment and it keeps saying access denied for IP ${IP('10.42.118.7', 'ten dot forty two dot one eighteen dot seven')}. My portal ID is ${M('88031475', 'eight eight oh three, one four seven five')}. Can someone reset it? ${PH('479-555-0126', 'four seven nine, five five five, oh one two six')}. Thanks.`,
  // 21
  `Hi, good afternoon. This is ${N('Wanda Kimes')}. I'm calling about my husband, ${N('Clovis')}, he had his cataract done at the eye place in Rogers on ${D('February 9th', 'february ninth')} and they said to get his blood sugar checked before the other eye. He's got an appointment with ${P('Dr. Kwan')} but it's not till March. Can you get him in sooner? ${PH('479-555-0139', 'four seven nine, five double five, oh one three nine')}. Bye.`,
  // 22
  `Hola, good morning. My name is ${N('Guadalupe Reyes Hernández')}, my birthday is the ${D('12 of May, 1979', 'twelve of may nineteen seventy nine')}. I need the refill for the metformin, the ${T('500', 'five hundred')}, and the blood pressure one. The pharmacy is the Walmart on Elm Springs Road. Thank you, ${PH('479-555-0161', 'four seven nine, five five five, zero one six one')}.`,
  // 23
  `Hi, this is ${N('Tucker Fontenot')}, I'm a junior at the U of A. I need my immunization records sent to the study abroad office before the ${D('15th', 'fifteenth')}, they need my MMR and the meningitis one. Email's ${E('tfonteno@uark.edu', 't f o n t e n o at u ark dot e d u')}. My birthday's ${D('June 3rd, 2004', 'june third two thousand four')}. Thanks.`,
  // 24
  `Yeah, hi, I'm just calling 'cause the sign on the door said you'd be closed for the ice storm and I wanted to see when y'all open back up. That's all. Thank you.`,
  // 25
  `Hello, this is ${N('Mejbwen Laijo')}, I am the daughter of ${N('Kiora Laijo')}. My mom's dialysis nurse said her potassium is high and she need to see ${P('Dr. Sandoval')} this week. She only speak Marshallese, so please have ${P('Carmen')} call, the community health worker. My number is ${PH('479-555-0176', 'four seven nine, five five five, oh one seven six')}, or my husband ${N('Atlan')}, ${PH('479-555-0177', 'four seven nine, five five five, oh one seven seven')}.`,
  // 26
  `Hey, it's ${N('Royce Brashears')}. I need a work excuse for the plant. I was out ${D('January 6th', 'january sixth')} and ${D('7th', 'seventh')} with that stomach bug, and my supervisor, ${N('Dwayne')}, says I'll get a point if I don't bring one in. I saw the nurse practitioner, ${P('Jenna Whitlock')}. ${PH('479-555-0188', 'four seven nine, five five five, oh one double eight')}.`,
  // 27
  `Hi, my name is ${N('Xiomara Henríquez')}, ${N('H-E-N-R-I-Q-U-E-Z')}. I came from El Salvador two months ago and I am pregnant, I need the prenatal care. The due date they told me is ${D('July 19th', 'july nineteenth')}. I don't have insurance yet. Can you call me at ${PH('479-555-0105', 'four seven nine, five five five, zero one zero five')}? Thank you.`,
  // 28
  `This is ${N('Norbert Vanderloo')} up in ${AD('Bella Vista', 'bella vista')}. My CPAP machine quit on me and the supply company in Rogers needs a new order from ${P('Dr. Lindqvist')} before they'll swap it out. The serial on the bottom is ${DV('J23117842590', 'j two three one one, seven eight four, two five nine oh')}. That's a ResMed. You can reach me at ${PH('479-555-0142', 'four seven nine, five five five, oh one four two')}, or my wife's cell, ${PH('417-555-0142', 'four one seven, five five five, oh one four two')}. Same last four, makes it easy.`,
  // 29
  `Yes, this is ${N('Ida Mae Stockton')}, I'm calling for my husband, ${N('Homer')}. He's ${AG('ninety-four', 'ninety four')} and he's got that cough again, the one he gets every winter. ${P('Dr. Abernathy')} usually gives him the ${T('Z-Pak', 'z pack')}. We're in ${AD('Prairie Grove', 'prairie grove')}. ${PH('479-555-0109', 'four seven nine, five five five, oh one oh nine')}. Thank you, hon.`,
  // 30
  `Hi, I'm calling for the dentist. Do y'all take ARKids for braces or just for the cleanings? I'll call back. Thank you.`,
  // 31
  `Hi, this is ${N('Josué Martínez')}. My hands are numb, both hands, from the deboning line, I do it ${T('10', 'ten')} hours every day. The plant nurse gave me ibuprofen, the ${T('800', 'eight hundred')}, but it doesn't help. I work first shift, ${T('6', 'six')} to ${T('2:30', 'two thirty')}, so please call after ${T('3', 'three')}. ${PH('479-555-0154', 'four seven nine, five five five, oh one five four')}.`,
  // 32
  `Hey, this is ${N('Sherry Dotson')}. Y'all sent my bill to the old post office box and we moved. New address is ${AD('2290 Whitehead Mountain Road, Winslow, Arkansas 72959', 'twenty two ninety whitehead mountain road, winslow, arkansas, seven two nine five nine')}. Thank ya.`,
  // 33
  `Hi, my name is ${N('Aisha Bello')}. I was told I could get in with behavioral health here even though I'm a student. I've been having, um, panic attacks, like during exams. I'm free after ${T('2', 'two')} on Tuesdays and Thursdays. You can text me, ${PH('479-555-0185', 'four seven nine, five five five, zero one eight five')}. Please don't leave a detailed message, my roommate sometimes hears it. Thanks.`,
  // 34
  `Hi, it's ${N('Phyllis Kersting')} in ${AD('Bella Vista', 'bella vista')}, date of birth ${D('3/2/44', 'three two forty four')}. I need my Eliquis, the ${T('5 milligram', 'five milligram')}, and my Allegra too if he'll do it. Send it to the Walgreens on Forest Hills. And could he write it for a ${T('90-day', 'ninety day')} supply this time? Thank you.`,
  // 35
  `This is ${N('Tammy Lynn Hembree')}. I'm out of my Lyrica and the pharmacy says it needs a brand new prescription since it's a controlled one. ${P('Dr. Trevino')} is who prescribes it, I take ${T('75', 'seventy five')} twice a day. ${PH('479-555-0130', 'four seven nine, five five five, oh one three oh')}, that's ${PH('479-555-0130', 'four seven nine, five five five, oh one thirty')}.`,
  // 36
  `Iakwe, this is ${N('Lijon Tarelong')}. I have a new baby, she was born ${D('December 28th', 'december twenty eighth')} at Mercy in Rogers. Her name is ${N('Jinna Tarelong')}, ${N('J-I-N-N-A')}. I need her first checkup and her shots. We live at ${AD('811 Shaver Avenue, Springdale', 'eight eleven shaver avenue, springdale')}. ${PH('479-555-0119', 'four seven nine, five five five, oh one one nine')}. Thank you.`,
  // 37
  `Hi, ${N('Maricela Cisneros')}, calling about my lab results. My number is ${T('479-555...', 'four seven nine five five five')} no wait, that's my old one. It's ${PH('479-555-0172', 'four seven nine, five five five, oh one seven two')}. Sorry. Bye.`,
  // 38
  `Hi, this is ${N('Duane Lindahl')}. My physical was ${D('Wednesday, January 22nd', 'wednesday january twenty second')}, and you all were closed for the ice, so I need to reschedule. I'm retired, so anytime's fine. ${PH('479-555-0156', 'four seven nine, five five five, zero one five six')}.`,
  // 39
  `Hello, my name is ${N('Junior Riklon')}. I call for my grandmother, ${N('Aneo Riklon')}. She is ${AG('90', 'ninety')}, she came from Ebeye last year to live with us. She need a doctor for her blood pressure and her eyes. Her birthday is ${D('March 1, 1935', 'march one nineteen thirty five')}. We don't know yet if her Medicaid is okay because of the COFA paper. Please call ${PH('479-555-0128', 'four seven nine, five five five, oh one two eight')}.`,
  // 40
  `Oh, sorry, I think I dialed the wrong number.`,
  // 41
  `Hi, this is ${N('Brandi Cagle')}, calling for my son ${N('Colton')}, he's ${T('9', 'nine')}. His ADHD medicine, the Focalin, he's on the ${T('10', 'ten')}, ran out Friday, and the school nurse at Lincoln Elementary says he's bouncing off the walls. Date of birth ${D('11/4/2015', 'eleven four twenty fifteen')}. ${PH('479-555-0191', 'four seven nine, five five five, oh one nine one')}.`,
  // 42
  `Hi, this is ${N('Efraín Orellana')}. At the front desk they said I need to call with my ID number because the copy was blurry. My Arkansas driver's license is ${L('918443027', 'nine one eight, four four three, oh two seven')}. My appointment is the ${D('30th', 'thirtieth')}. ${PH('479-555-0116', 'four seven nine, five five five, oh one one six')}.`,
  // 43
  `Hi, this is ${N('Randy Whorton')}. I left my truck in your back lot last night 'cause of the ice, I couldn't get it up the hill. It's a gray Silverado, Arkansas plate ${V('715 KTW', 'seven one five, k t w')}. Please don't tow it, I'll come get it when it thaws. ${PH('479-555-0133', 'four seven nine, five five five, oh one three three')}.`,
  // 44
  `Hi, this is a question for whoever does the TB tests for the plants. We've got about ${T('30', 'thirty')} new hires starting Monday at the Cargill plant and HR wants to know if y'all can do them all in one day. I'll call the front office tomorrow. Thanks.`,
  // 45
  `Hi, this is ${N('Joanne Brunswick')}, ${N('Gerald')}'s wife, he called earlier. I forgot to give you mine. My Medicare number is ${H('7FW2-NK9-QA34', 'seven f w two, n k nine, q a three four')}, and the supplement is Mutual of Omaha, policy ${H('MO4471208', 'm o four four seven one two oh eight')}. Same phone number as his.`,
  // 46
  `Hello, this is ${N('Dulce Villalobos')}. I'm filling out the sliding fee paper and it asked for the social and I left it blank. It's ${SS('431-55-0192', 'four three one, five five, oh one nine two')}. And my daughter's too, ${N('Abigail')}, ${SS('431-55-0284', 'four three one, five five, oh two eight four')}. Call me if you need anything else, ${PH('479-555-0149', 'four seven nine, five five five, oh one four nine')}.`,
  // 47
  `Hi, it's ${N('Dwayne Whorton')} again. The billing lady, ${P('Maribel')}, wanted the last four of my social, it's ${SS('0392', 'oh three nine two')}. ${PH('479-555-0179', 'four seven nine, five five five, oh one seventy nine')}.`,
  // 48
  `Yokwe, hi, this is ${N('Isaac DeBrum')}, I am calling for my dad, ${N('Tarines DeBrum')}, birthday ${D('9/9/1958', 'nine nine nineteen fifty eight')}. His insulin pen, the Lantus, the pharmacy say too early to refill but he drop one and it break. Can the doctor write a note? It's the Walmart on Pleasant Grove. Thanks, ${PH('479-555-0131', 'four seven nine, five five five, oh one three one')}.`,
  // 49
  `This is ${N('Edna Faye Stockton')}. I'm ${AG('ninety-one', 'ninety one')} years old and I'd like to know why I need to come in every three months just for a blood pressure check when I feel fine. My granddaughter drives me and she works at J.B. Hunt and can't keep taking off. Call me, ${PH('479-555-0103', 'four seven nine, five five five, oh one oh three')}.`,
  // 50
  `Hi, this is ${N('Gina Morsani')}. I need to update my address, we moved out to ${AD('604 Brush Creek Road, Tontitown', 'six oh four brush creek road, tontitown')}. And my phone changed too, it's ${PH('479-555-0167', 'four seven nine, five five five, oh one six seven')}. Thanks so much.`,
  // 51
  `Hey, it's ${N('Clayton Bunch')}. ${P('Dr. Kwan')} said my sugar was high and I need to cut out the ${T('Dr Pepper', 'doctor pepper')}, and I'm down to one a day. I had some questions about the new pill, the Januvia, I'm getting kind of dizzy on it. ${PH('479-555-0114', 'four seven nine, five five five, oh one fourteen')}.`,
  // 52
  `Hello, my name is ${N('Bwilan Kattil')}, I am ${T('32', 'thirty two')} weeks pregnant. I was supposed to have my appointment on the ${D('6th', 'sixth')} but I had no ride. My sister ${N('Limenwe')} can bring me on Friday if there is a time. ${PH('479-555-0190', 'four seven nine, five five five, oh one nine oh')}.`,
  // 53
  `Hi, this is ${P('Dana')} with the Walgreens pharmacy on Walton Boulevard in Bentonville. We have a prescription for ${N('Somphone Phommachanh')}, ${N('P-H-O-M-M-A-C-H-A-N-H')}, date of birth ${D('7/21/1966', 'seven twenty one nineteen sixty six')}, for amoxicillin, but the quantity is missing. Please call ${PH('479-555-0110', 'four seven nine, five five five, oh one one oh')} and ask for the pharmacy. Thanks.`,
  // 54
  `Hi, this is ${N('Sergio Ibarra')}, I'm calling for my brother ${N('Juan Pablo Ibarra')}. He got out of Washington Regional on ${D('Sunday the 9th', 'sunday the ninth')}, he had the pneumonia, and they said to follow up with his doctor within a week. He lives in ${AD('Lowell', 'lowell')} and he can't drive right now. ${PH('479-555-0152', 'four seven nine, five five five, oh one fifty two')}.`,
  // 55
  `Hi, this is ${N('Kristina Capelle')}. I was in exam room ${T('4', 'four')} yesterday and I think I left my reading glasses, they're purple. Could somebody check? ${PH('479-555-0106', 'four seven nine, five five five, oh one oh six')}.`,
  // 56
  `Hi, um, I pressed ${T('3', 'three')} for Spanish and it sent me here. I'm trying to reach billing, extension ${T('214', 'two fourteen')}? I'll try again. Bye.`,
  // 57
  `This is ${N('Mei-Lin Zhao')}, I'm a grad student, type one diabetic. My pump company needs a signed order for supplies. The pump serial is ${DV('PMP-3318-0476', 'p m p, three three one eight, oh four seven six')}. My Ambetter member ID is ${H('U70419382-01', 'u seven oh four one nine three eight two, oh one')}. Email me at ${E('meilin.zhao@gmail.com', 'mei lin dot zhao at gmail dot com')}. Thank you.`,
  // 58
  `Hi, um, my Medicaid got cut off 'cause I didn't send the renewal back. Can y'all still see me if I pay cash? How much is it? This is ${N('Cody Hembree')}, ${PH('479-555-0189', 'four seven nine, five five five, oh one eight nine')}.`,
  // 59
  `Hi, this is ${N('Nohemí Ayala')}, calling about my appointment tomorrow at ${T('10:20', 'ten twenty')}. They put me on mandatory overtime at the plant, so I need to cancel. Next week I go back to second shift, so a morning is okay. ${PH('479-555-0121', 'four seven nine, five five five, oh one two one')}. Sorry.`,
  // 60
  `Hi, this is ${N('Phillip Sanger')}. I got a letter from QualChoice saying claim ${AC('2025-0418-7731', 'twenty twenty five, oh four one eight, seven seven three one')} was denied, for a lab on ${D('April 18th', 'april eighteenth')}. Can billing resubmit it? My member number is ${H('QC88127350', 'q c eight eight one two seven three five oh')}. Call me at ${PH('479-555-0147', 'four seven nine, five five five, oh one four seven')}.`,
  // 61
  `Hi, good morning, it's ${N('Brayan Argueta')}. I want to pay the bill with the card. Mastercard ${C('5733 6117 8468 5684', 'five seven three three, six one one seven, eight four six eight, five six eight four')}, the date is ${T('09/27', 'zero nine twenty seven')}. The patient is my son, ${N('Mateo Argueta')}. Thank you.`,
  // 62
  `Yes ma'am, this is ${N('Virgil Oxford')}, born ${D('November 11, 1935', 'november eleven, nineteen thirty five')}, I'm eighty-nine. I got a letter says I'm due for the pneumonia shot. Can I just walk in for that? I'm at ${PH('479-555-0144', 'four seven nine, five five five, oh one four four')}.`,
  // 63
  `Hola, buenas noches. Es ${N('Rosa Menjívar')}. I need to talk to the counselor, ${P('Adriana')}, about my appointment. I start a new job at the plant on the ${D('17th', 'seventeenth')} and I will be on the night shift. ${PH('479-555-0135', 'four seven nine, five five five, oh one three five')}. Gracias.`,
  // 64
  `Hey, this is ${N('Kenny Sutterfield')}. My appointment got canceled on ${D('February 4th', 'february fourth')} because of the ice storm and nobody called to reschedule. I need my DOT physical before my medical card runs out, I drive for J.B. Hunt. My CDL number is ${L('A90234118', 'a nine oh two, three four one, one eight')}. ${PH('479-555-0178', 'four seven nine, five five five, oh one seven eight')}.`,
  // 65
  `Hi, this is ${N('Oluwaseun Adeyemi')}, you can call me Seun, ${N('S-E-U-N')}. I got hit in the head at intramural soccer on the ${D('11th', 'eleventh')}. The ER at Washington Regional said to follow up in two days. I'm on my parents' Blue Cross, the ID is ${H('XCA410298776', 'x c a, four one oh, two nine eight, seven seven six')}. ${PH('479-555-0197', 'four seven nine, five five five, oh one nine seven')}.`,
  // 66
  `Hi, this is ${N('Kaylee Brightwater')}. I need my records sent to the Cherokee Nation clinic in Stilwell. And I think you have my old address, it should be ${AD('1405 South Lincoln Street, Siloam Springs, 72761', 'fourteen oh five south lincoln street, siloam springs, seven two seven six one')}. Best number is ${PH('918-555-0129', 'nine one eight, five five five, oh one two nine')}.`,
  // 67
  `It's ${N('Neal Pettigrew')}, returning ${P('Brittany')}'s call from the front desk. ${PH('479-555-0115', 'four seven nine, triple five, oh one one five')}.`,
  // 68
  `Hi, this is ${N('Selina Lemari')}. My kids need the shot records for school, ${N('Hirata')}, ${N('Joanna')}, and ${N('Lucky Lemari')}. ${N('Lucky')} is in kinder. I don't have their ARKids numbers with me, sorry. Call me, ${PH('479-555-0124', 'four seven nine, five five five, oh one twenty four')}.`,
  // 69
  `This is ${P('Theresa')} with the reference lab, calling a critical value on ${N('Harold Lamb')}, date of birth ${D('2/14/1950', 'two fourteen nineteen fifty')}. Potassium ${T('6.4', 'six point four')}. Please have the provider call us back at ${PH('501-555-0198', 'five oh one, five five five, oh one nine eight')}.`,
  // 70
  `Yeah, hi, this is ${N('Junior Cagle')}. My wife ${N('Darlene')}'s got an appointment Monday. We're way out past Devil's Den, ${AD('9870 Strickler Hollow Road, West Fork', 'ninety eight seventy strickler hollow road, west fork')}, and if it snows we ain't comin', just so y'all know. Our phone's ${PH('479-555-0160', 'four seven nine, five five five, oh one sixty')}.`,
  // 71
  `Hi, this is ${N('Crystal Pyle')} in HR at the Tyson plant on Berry Street. We need a return-to-work note for ${N('Abraham Lajuon')}. He said he was seen by ${P('Dr. Trevino')} on ${D('March 5th', 'march fifth')}. You can fax it to us at ${PH('479-555-0199', 'four seven nine, five five five, oh one nine nine')}. Thanks.`,
  // 72
  `Hi, I'm calling to see if y'all are doing the free flu shots at the Jones Center again this year, and what time. Thank you.`,
  // 73
  `Hi, this is ${N('Patsy Hensley')}, calling for my mother, ${N('Lorene Hensley')}. She turned ${AG('ninety-eight', 'ninety eight')} on the ${D('2nd', 'second')} and she's been real confused since then, more than usual. Could ${P('Dr. Lindqvist')} see her this week? She lives with me now in ${AD('Pea Ridge', 'pea ridge')}. ${PH('479-555-0102', 'four seven nine, five five five, oh one oh two')}.`,
  // 74
  `Hi, ${N('Alejandra Soto')} here. I need a pregnancy test and I want to start birth control. Callback is ${PH('479-555-0138', 'four seven nine, five five five, oh one three eight')}. Again, ${PH('479-555-0138', 'four seven nine, five five five, zero one thirty eight')}.`,
  // 75
  `Good morning, my name is ${N('Teodoro Rangel')}. My grandmother, ${N('Refugio Rangel')}, she is ${AG('93', 'ninety three')}, she has a sore on her foot that is not healing, and she is diabetic. We can bring her any day after ${T('4', 'four')}. Her Medicare is ${H('2HD5-WE7-KX19', 'two h d five, w e seven, k x one nine')}. ${PH('479-555-0173', 'four seven nine, five five five, oh one seven three')}.`,
  // 76
  `Hi, this is ${N('Tonya Faulkenberry')}. Can you email my kids' shot records to ${E('tonya.faulk82@yahoo.com', 'tonya dot faulk eighty two at yahoo dot com')}? That's ${N('Faulkenberry')}, ${N('F-A-U-L-K-E-N-B-E-R-R-Y')}. The kids are ${N('Braxton')} and ${N('Emmy')}. Thanks.`,
  // 77
  `Hello, this is ${N('Kiora Langidrik')}. The Marshallese Consulate said you can help with the shot record for my son ${N('Tom')} for his passport. His birthday is ${D('4/17/2012', 'four seventeen twenty twelve')}. My number is ${PH('479-555-0145', 'four seven nine, five five five, oh one four five')}.`,
  // 78
  `Hi, this is ${N('Derek Amsler')}. I work at the Walmart Home Office, my desk number is ${PH('479-555-0194 extension 4410', 'four seven nine, five five five, oh one nine four, extension forty four ten')}. I'm calling about my FMLA paperwork for my back surgery on ${D('May 14th', 'may fourteenth')}. HR says they never got page ${T('3', 'three')}.`,
  // 79
  `Hola, habla ${N('María de los Ángeles Cruz')}. Necesito una cita para mi hijo ${N('Ángel')}, tiene tos y fiebre. Mi número es ${PH('479-555-0111', 'cuatro siete nueve, cinco cinco cinco, cero uno uno uno')}. Gracias.`,
  // 80
  `Hi, this is ${N('Stacy Villines')}. I can't pay the whole ${T('$260', 'two hundred sixty dollars')} right now, can I do ${T('$50', 'fifty')} a month? My account is ${AC('40-71823', 'forty, seven one eight two three')}. ${PH('479-555-0127', 'four seven nine, five five five, oh one twenty seven')}.`,
  // 81
  `This is ${N('Lyle Henson')}, paying for my wife's visit, ${N('Debra Henson')}. Discover card, ${C('6011 6252 6583 4083', 'six oh one one, six two five two, six five eight three, four oh eight three')}, expiration ${T('4/29', 'four twenty nine')}. Her date of birth is ${D('August 30th, 1962', 'august thirtieth sixty two')}. Thanks.`,
  // 82
  `Hi, this is ${N('Richard Fontaine')}. My daughter ${N('Claire')} is a student at the U of A and she was seen at your Fayetteville clinic last week. I'd like to pay her bill, American Express ${C('3706 628318 66487', 'three seven oh six, six two eight three one eight, six six four eight seven')}. I'm in ${AD('Plano, Texas', 'plano, texas')}, ${PH('972-555-0143', 'nine seven two, five five five, oh one four three')}.`,
  // 83
  `Hey, I saw on the news that y'all are closing early for the freezing rain. Does that mean the pharmacy too? I'll just call tomorrow.`,
  // 84
  `Hi, I haven't been in since ${T('2019', 'twenty nineteen')}, do I have to be a new patient again? This is ${N('Reba Ashcraft')}. I work nights Thursday through Sunday, so Monday or Tuesday is best. ${PH('479-555-0181', 'four seven nine, five five five, oh one eight one')}.`,
  // 85
  `Hi, this is ${N('Trinh Le')}, date of birth June, no, sorry, ${D('July 6th, 1970', 'july sixth nineteen seventy')}. I need a copy of my mammogram report for the specialist at UAMS in Little Rock. ${PH('479-555-0157', 'four seven nine, five five five, oh one five seven')}.`,
  // 86
  `Hello, this is ${N('Alson Anjain')} again. I call to tell you my father, ${N('Hemos Anjain')}, he passed away on ${D('January 30th', 'january thirtieth')} in Majuro. Please cancel his appointments. Thank you for taking care of him.`,
  // 87
  `Hi, this is ${N('Bethany Crain')}, my chart number is ${M('SCH-0049172', 's c h, zero zero four nine one seven two')}. I had a pap on the ${D('8th', 'eighth')} and the portal says abnormal, and I'm kind of freaking out. ${PH('479-555-0136', 'four seven nine, five five five, oh one three six')}.`,
  // 88
  `This is ${P('Marlene Tuck')}, RN with Ozark Home Health, calling for ${P('Dr. Sandoval')} regarding ${N('Clarence Pritchett')}. I need verbal orders to continue wound care twice a week. Also Mr. ${N('Pritchett')}'s weight is up ${T('4', 'four')} pounds since Monday. ${PH('479-555-0137', 'four seven nine, five five five, oh one three seven')}.`,
  // 89
  `Hi, this is ${N('Nadine Eubanks')}. My grandson ${N('Hunter')} got a tick bite and now he's got a rash like a bullseye. We live out on ${AD('Sand Gap Road, Winslow', 'sand gap road, winslow')}, so it's a drive. Can somebody call me back today? ${PH('479-555-0151', 'four seven nine, five five five, oh one five one')}.`,
  // 90
  `Hey, um, this is ${N('Madison Kleinschmidt')}, calling for my roommate ${N('Aubrey')}. She's really sick, like throwing up since last night, and she can't call herself. Her date of birth is ${D('October 15th, 2005', 'october fifteenth two thousand five')}. Can she come in today? ${PH('314-555-0162', 'three one four, five five five, oh one six two')}.`,
  // 91
  `Hi, I'm with the Rotary Club in Rogers and we'd like to drop off some winter coats for your patients. Who should I talk to? I'll try again Monday.`,
  // 92
  `Hi, it's ${N('Fabiola Rangel')}. I work third shift at the Cargill plant, so I'm calling you at ${T('4', 'four')} in the morning, sorry. My kids need their checkups, ${N('Isaías')}, ${D('3/3/2017', 'three three twenty seventeen')}, and ${N('Ximena')}, ${D('10/28/2019', 'ten twenty eight twenty nineteen')}. Best time is after ${T('2', 'two')}. ${PH('479-555-0174', 'four seven nine, five five five, oh one seven four')}.`,
  // 93
  `This is ${N('Vern Oberholtzer')}. I hurt my shoulder golfing at the Highlands course and I'd like to see somebody before my tee time Saturday. I'm kidding. But it does hurt. ${PH('479-555-0163', 'four seven nine, five five five, oh one six three')}.`,
  // 94
  `Hi, this is ${N('Noreen Pettit')}. I have custody of my grandbabies now and I need to change the ARKids over to my address. It's ${AD('3318 Guy Terry Road, Springdale', 'thirty three eighteen guy terry road, springdale')}. ${N('Kaden')}'s number is ${H('7011827640', 'seven oh one one, eight two seven, six four oh')}. I'll call back with the baby's.`,
  // 95
  `Hi, this is ${N('Lanie Bobo')}, I'm calling about my mom, ${N('Atlina Bobo')}. We made a fundraiser page for her cancer bills, ${U('gofundme.com/f/help-mama-atlina', 'go fund me dot com slash f slash help mama atlina')}, and the bank wants a letter from the doctor saying she's in treatment. Can ${P('Dr. Sandoval')} do that? ${PH('479-555-0184', 'four seven nine, five five five, oh one eight four')}.`,
  // 96
  `Hi, ${N('Carolyn Sadowski')}. I changed to Humana Gold in January, member ID ${H('H59203118', 'h five nine two oh, three one one eight')}. Birthday ${D('4/4/47', 'four four forty seven')}. Thanks.`,
  // 97
  `Hi, my name is ${N('Anel Zackhras')}. I work in the freezer room at the plant and my cough won't go away, it's been ${T('3', 'three')} weeks. My shift starts at ${T('5:30', 'five thirty')} in the morning and I'm off at ${T('2', 'two')}. Please, can I come in on my day off, Wednesday? ${PH('479-555-0132', 'four seven nine, five five five, oh one three two')}.`,
  // 98
  `Hey, it's ${N('Ricky Hembree')} from ${AD('Huntsville', 'huntsville')}. I'm the one that had the biopsy, I'm just waitin' to hear. My birthday's ${D('2/2/71', 'two two seventy one')}. ${PH('479-555-0166', 'four seventy nine, five fifty five, oh one sixty six')}.`,
  // 99
  `Hi, I'm ${N('Kimberly Orellana')}, I'm calling for my mom, ${N('Santos Orellana')}, she only speaks Spanish. She needs her Pap and the mammogram, and she wants a lady doctor if possible. Her birthday is ${D('December 12th, 1971', 'december twelfth nineteen seventy one')}. You can call me, I'll interpret, ${PH('479-555-0168', 'four seven nine, five five five, oh one six eight')}.`,
  // 100
  `This is ${P('Renee')}, case manager at Northwest Medical Center in Bentonville. We're discharging ${N('Jimmy Ray Coker')} this afternoon and he needs a follow-up within seven days with ${P('Dr. Abernathy')}. He's on Arkansas Medicaid, ${H('7006658213', 'seven oh oh six, six five eight, two one three')}. My direct line is ${PH('479-555-0120 extension 5521', 'four seven nine, five five five, oh one two oh, extension fifty five twenty one')}.`,
  // 101
  `Hi, this is ${N('Rahul Deshpande')}, I'm an international student at the U of A. My student insurance card hasn't come yet, but the member ID is ${H('ISH-5523190', 'i s h, five five two, three one nine oh')}. Can I still keep my appointment on ${D('Thursday the 6th', 'thursday the sixth')}? ${E('rdeshpan@uark.edu', 'r d e s h p a n at u ark dot e d u')}. Thank you.`,
  // 102
  `Hey, it's ${N('Justin Tabor')} callin' for my mamaw, ${N('Ethel Tabor')}. She's ${AG('ninety-nine', 'ninety nine')} and she's doin' fine, but her heart pill ran out and the pharmacy needs y'all to call it in. The Harps in Lincoln. She wants the ${T('90-day', 'ninety day')} supply. ${PH('479-555-0170', 'four seven nine, five five five, oh one seven oh')}.`,
  // 103
  `Hi, this is ${N('Beverly Quandt')}. I got the new Dexcom and it keeps saying transmitter not found. The transmitter number is ${DV('8G4K7T', 'eight g four k seven t')}. ${P('Dr. Kwan')} set it up at my last visit. I'm in ${AD('Cave Springs', 'cave springs')}. Call me at ${PH('479-555-0175', 'four seven nine, five five five, oh one seven five')}.`,
  // 104
  `Hi, my name is ${N('Wendy Menjívar')}, I want to make an appointment, I am new. I have a pain in my stomach for ${T('2', 'two')} weeks. I don't have papers, is that a problem? I can pay the ${T('$25', 'twenty five dollars')}. ${PH('479-555-0118', 'four seven nine, five five five, zero one one eight')}.`,
  // 105
  `Hi, it's ${N('Jeannie Sikes')}, I'm ${T('90', 'ninety')} percent better from the bronchitis but I still can't sleep for the cough. Is there something stronger than the Benadryl? ${PH('479-555-0153', 'four seven nine, five five five, oh one five three')}. Thanks, hon.`,
  // 106
  `Hello, good afternoon, my name is ${N('Tarines Jeadrik')}, I am the pastor at the Marshallese church on Emma Avenue. One of our members, ${N('Mary Lou Jeadrik')}, she is my wife's mother, she is ${AG('ninety-one', 'ninety one')}, and she is very weak since the flu. Her grandson ${N('Wilbur')} usually brings her but he is working at the plant. Could somebody call me, ${PH('479-555-0107', 'four seven nine, five five five, oh one oh seven')}? Kommol.`,
  // 107
  `Hi, um, this is ${N('Courtney Voss')}. I'm the one who called about the UTI. I took the last of the Macrobid this morning, ${T('100', 'a hundred')} milligrams, and it still burns. ${PH('479-555-0113', 'four seven nine, five five five, oh one thirteen')}.`,
  // 108
  `Hey, this is ${N('Hector Guzmán')}. I need to move my Friday appointment, the plant changed our rotation again, now I'm on days ${D('March 10th', 'march tenth')} through the ${D('21st', 'twenty first')}. Anything after that. ${PH('479-555-0148', 'four seven nine, five five five, oh one forty eight')}.`,
  // 109
  `Hi, this is ${N('Gloria Pickens')} calling for my neighbor, Mrs. ${N('Kimes')}. The ice took her power out and her oxygen machine is on the backup tank. She wants to know if she should go to the hospital. She's at ${AD('402 Old Missouri Road, Springdale', 'four oh two old missouri road, springdale')}. My phone, ${PH('479-555-0195', 'four seven nine, five five five, oh one nine five')}.`,
  // 110
  `Hi, this is ${N('Esperanza Lugo')}. I lost my Medicaid card, can you look up my number? My birthday is the ${D('2nd of February, 1990', 'second of february nineteen ninety')}. I have an appointment with ${P('Dr. Ruiz')} next week. ${PH('479-555-0104', 'four seven nine, five five five, oh one oh four')}. Thank you.`,
  // 111
  `Hi, y'all, this is ${N('Dale Presley')}. I'm callin' about my wife, ${N('Juanita')}. She's got a dentist appointment at ${T('1', 'one')} on the ${D('27th', 'twenty seventh')} and she's on the Xarelto, ${T('20 milligrams', 'twenty milligrams')}. Does she need to stop it before they pull the tooth? ${PH('479-555-0196', 'four seven nine, five five five, oh one nine six')}.`,
  // 112
  `Hi, this is ${N('Maggie Lindbergh')} with ${N('Tristan')}, my son. He's allergic to penicillin, I want to make sure that's in his chart before his ear tube surgery at Arkansas Children's Northwest on ${D('June 11th', 'june eleventh')}. Patient ID ${M('20447815', 'two oh four four, seven eight one five')}. ${PH('479-555-0165', 'four seven nine, five five five, oh one six five')}.`,
  // 113
  `Yeah, this is ${N('Merle Tabor')}, ${PH('479-555-0182', 'four seven nine, five five five, oh one eight two')}. It's about my ARKids for the boys, ${N('Wyatt')}, ${H('7010033486', 'seven oh one oh, oh three three, four eight six')}, and ${N('Tanner')}, ${H('7010033494', 'seven oh one oh, oh three three, four nine four')}. They said at the DHS office y'all needed 'em.`,
  // 114
  `Hi, this is a message for ${P('Carmen')}, the community health worker. It's ${N('Rine Lomae')}. I got the letter about the COFA, I don't understand it. I have the appointment with you ${D('Tuesday the 25th', 'tuesday the twenty fifth')} at ${T('11', 'eleven')}, I'll bring it. ${PH('479-555-0125', 'four seven nine, five five five, oh one two five')}.`,
  // 115
  `Hey, this is ${N('Colby Ashworth')}, I'm a freshman. Um, I need the HPV shot, the second one, my mom says I'm due. I'm on her insurance, Arkansas Blue Cross, member ID ${H('XCB229017364', 'x c b, two two nine, oh one seven, three six four')}, group ${T('77120', 'seven seven one two oh')}. Text me at ${PH('479-555-0186', 'four seven nine, five five five, oh one eight six')}.`,
  // 116
  `Hi, this is ${N('Walter Hiebert')}, I'm calling for my mother, ${N('Agnes Hiebert')}, she's ${AG('ninety-five', 'ninety five')} and she lives with us in ${AD('Bella Vista', 'bella vista')}. She had a fall ${D('Sunday, the 16th', 'sunday the sixteenth')}, nothing broken, but she's real sore. Can ${P('Dr. Lindqvist')} see her, or should we go to urgent care? ${PH('479-555-0140', 'four seven nine, five five five, oh one four oh')}.`,
];
