/**
 * Blind held-out PHI gold set 90: the voicemail of a primary care and women's health practice with offices in
 * Jackson Heights and Flushing, Queens. Callers are Bangladeshi, Nepali and Tibetan families (often a son,
 * daughter or grandchild interpreting), Colombian and Ecuadorian families moving between Spanish and English,
 * Korean and Chinese (Mandarin and Fujianese) families in Flushing, Guyanese and Trinidadian callers, cab, Uber
 * and delivery drivers calling between shifts, and a few callers over ninety. Messages cover refills, Ramadan
 * fasting and Lunar New Year travel, prenatal care, Pap and mammogram results, TLC and DMV medical forms, work
 * and school notes, co-op board letters, home care and hospital discharge calls, bills and insurance changes
 * (Fidelis, Healthfirst, MetroPlus, Medicaid, Medicare), plus wrong numbers, robocalls and calls with no PHI.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Kim»"); "Dr." and "Dra." stay inside PROVIDER.
 * - Clinicians, and staff of this practice, pharmacies, labs, home care agencies, hospitals and other offices
 *   named in their working role ("«Gladys» in billing", "«Hui», pharmacist"), are PROVIDER; patients, callers,
 *   relatives, neighbours and church volunteers are NAME. A spelled-out name ("«S-H-A-F-I-Q-U-L»") is its own
 *   NAME span; a given name said alone is NAME.
 * - DATE covers full or partial calendar dates tied to a person: birth, visit, test, travel away, due date,
 *   last period, admission, discharge, death, jury service ("the «6th»" with "the" outside; "«Tuesday, March
 *   18th»" with the weekday inside). Weekdays, months, years, holidays (Ramadan, Eid, Lunar New Year, Dashain,
 *   Losar) said alone, relative words, clock times, durations and card expiry dates are not labelled.
 * - Every callback or fax number of a person or outside business is PHONE, with a caller's work extension
 *   inside; this practice's own extensions and menu options are not labelled. A false start the caller
 *   abandons (an area code alone) stays outside; a full repeat is a new span.
 * - Last four of a social, or a full social, is SSN. Chart, portal and hospital record numbers are MRN;
 *   billing account and workers' comp claim numbers are ACCOUNT; Fidelis, Healthfirst, MetroPlus, Medicaid
 *   (CIN) and Medicare IDs are HEALTH_PLAN_ID (group numbers are not labelled); a TLC hack license or DMV
 *   license number is LICENSE; a TLC plate is VEHICLE; a glucose-sensor, transmitter or CPAP serial is DEVICE.
 * - A street address (Queens hyphenated house number, apartment or co-op unit included) and/or the
 *   neighbourhood or town where a patient or caller lives or stays is ADDRESS, one span when said together.
 *   Pharmacies, restaurants, salons, hospitals, imaging centres, churches, courts and the streets or
 *   neighbourhoods they are on are not labelled.
 * - AGE only for ages over 89 (the number phrase alone, each repeat its own span); 89 and younger, doses, lab
 *   values, blood pressures, counts, money, form numbers and train or bus lines are plain text.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", pairs, "double", hundreds,
 *   house numbers in pairs ("thirty seven fourteen"), a little Spanish; emails with "at" and "dot".
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, V, T } = pause;

export const BLIND90_MESSAGES: string[] = [
  // 1
  `Hello, assalamu alaikum. My name is ${N('Tanvir Hossain')}, I am calling for my mother, ${N('Rokeya Begum')}, she is patient of ${P('Dr. Siddiqui')}. She is fasting for Ramadan and she is asking, can she take the metformin, the ${T('500', 'five hundred')}, at iftar time instead of in the morning? And the glipizide, she is getting dizzy around four o'clock. Her date of birth ${D('2/9/1958', 'two nine nineteen fifty eight')}. My number ${PH('347-555-0112', 'three four seven, five five five, zero one one two')}. Thank you.`,
  // 2
  `Hi, namaste, this is ${N('Anjali Karki')}, I'm calling for my dad, ${N('Dil Bahadur Karki')}. He doesn't really speak English so I make his calls. He did the blood test on ${D('March 4th', 'march fourth')} and ${P('Dr. Bhattarai')} wanted to see him after, but he works at the restaurant on ${T('74th', 'seventy fourth')} Street all week. Is there anything on a Saturday? His birthday is ${D('1/1/1961', 'one one sixty one')}, like ${D('January 1st', 'january first')}, a lot of Nepali uncles have that one. My cell is ${PH('929-555-0134', 'nine two nine five five five zero one three four')}.`,
  // 3
  `Hello, tashi delek, this is ${N('Tenzin Dolkar')}. I'm calling for my grandmother, ${N('Pema Yangchen')}. She is ${AG('91', 'ninety one')} and she can't do the stairs anymore, so for her appointment on the ${D('12th', 'twelfth')} we need the ambulette, or does the doctor do home visits? She lives with us at ${AD('41-22 Judge Street, Apt 3F, Elmhurst', 'forty one twenty two judge street apartment three f elmhurst')}. Please call me, ${PH('718-555-0157', 'seven one eight, five five five, oh one five seven')}. Thank you so much.`,
  // 4
  `Hola, buenos días, le habla ${N('Luz Marina Cárdenas')}. Eh, I have appointment with the ${P('Dra. Ortega', 'doctora ortega')} for the Pap on ${D('Thursday the 20th', 'thursday the twentieth')}, and I cannot go, my job change the schedule. Can you call me to change it? Tres cuatro siete... sorry, ${PH('347-555-0178', 'three four seven, five five five, oh one seven eight')}. Gracias, muy amable.`,
  // 5
  `Hi, this is ${N('Grace Yoon')}, I'm calling for my mother-in-law, Mrs. ${N('Kim')}, ${N('Kim Soon-ja')}, birthday ${D('May 3rd, 1944', 'may third nineteen forty four')}. She needs the refill on her losartan, the ${T('50', 'fifty')}, she has like three left. It's the pharmacy on Union Street, across from the bakery. Oh, and she switched to Healthfirst in January, the new ID is ${H('837104562', 'eight three seven, one oh four, five six two')}. You can call me at ${PH('917-555-0120', 'nine one seven, five five five, oh one two oh')}, or my husband ${N('Daniel')}, same number. Thanks.`,
  // 6
  `Hello, my name is ${N('Lin Xiuying')}, I, uh, English little bit. My son talk. Hi, yeah, this is her son, ${N('Kevin')}. My mom needs to see the lady doctor for a, like, a women's checkup, she hasn't had one since she came here. She only speaks Fuzhounese and a little Mandarin, so if you have the phone interpreter that'd be great. Her birthday is ${D('August 8th, 1972', 'august eighth nineteen seventy two')}. Call me after six, ${PH('646-555-0121', 'six four six, five five five, zero one two one')}. Thank you.`,
  // 7
  `Hi, good afternoon, it's ${N('Rajendra Ramnarine')}, I drive a yellow cab. I need the TLC medical form done, the driver exam, before my renewal, it's due end of the month. My hack license number is ${L('5461273', 'five four six, one two seven three')}. I'm on the road all day, so if you call, ${PH('646-555-0149', 'six four six, five five five, zero one four nine')}, and I don't pick up, text me please. I can come in between shifts, like three to four thirty. Thank you, boss.`,
  // 8
  `Hey, um, my name is ${N('Edison Pilco')}, I do deliveries on the e-bike, and I fell on Roosevelt on Sunday and my wrist is swollen, like, really big. Can I come today? I'm on Junction Boulevard right now, I can be there in ${T('15', 'fifteen')} minutes. ${PH('929-555-0103', 'nine two nine, five five five, oh one oh three')}. ${N('Edison')}. ${N('P-I-L-C-O')}.`,
  // 9
  `Hello, this is ${N('Abraham Feld')}. I am ${AG('96', 'ninety six')} years old and I still make my own phone calls, so. I live at ${AD('35-40 79th Street, apartment 6D', 'thirty five forty seventy ninth street apartment six d')}, it's a co-op, and the board wants a letter from the doctor that I need the grab bars in the bathroom and the, the raised toilet seat. ${P('Dr. Kaplan')} knows me twenty years. My telephone is ${PH('718-555-0131', 'seven one eight, five five five, oh one three one')}. I'll say it again, ${PH('718-555-0131', 'seven one eight, five five five, oh one three one')}. Thank you very much.`,
  // 10
  `Hi, good morning, this is ${N('Devika Persaud')}. I'm about ${T('14', 'fourteen')} weeks pregnant, my due date is ${D('October 2nd', 'october second')}, and I'm supposed to do the blood test for the genetic screening and I never got the lab slip. Could the nurse call me? ${PH('347-555-0165', 'three four seven five five five zero one six five')}. Or email is fine, ${E('devika.persaud@gmail.com', 'devika dot persaud at gmail dot com')}. Thanks, bye.`,
  // 11
  `Yes, hello, good day, this is ${N('Shondelle Baptiste')}. I get a bill in the mail for ${T('$210', 'two hundred and ten dollars')} and I have MetroPlus, I shouldn't be paying nothing like that. The account number at the top say ${AC('QF-2207194', 'q f two two oh seven one nine four')}. My MetroPlus ID is ${H('MP40281173', 'm p four oh two eight one one seven three')}. Call me back when you get the chance, ${PH('718-555-0188', 'seven one eight, five five five, oh one eight eight')}. Thank you.`,
  // 12
  `Hi, I just want to know if you take Fidelis, the Essential Plan. My friend goes there and she said yes but I want to check before I make the appointment. I'll call back tomorrow. Thank you.`,
  // 13
  `Hello, this is ${N('James Lee')}, calling for my father, ${N('Lee Byung-ho')}. He saw ${P('Dr. Min')} last week and she said he needs a colonoscopy referral to the GI at Flushing Hospital. Can you send it over? His Medicare number is ${H('4HN8-TR2-WK61', 'four h n eight t r two w k six one')}. And, uh, his date of birth, ${D('11/30/1949', 'eleven thirty forty nine')}. My number is ${PH('917-555-0146', 'nine one seven five five five oh one four six')}.`,
  // 14
  `Hi, this is ${N('Chen Meiling')}, ${N('C-H-E-N')}, and ${N('Meiling')} is one word. I'm flying to Fuzhou for the New Year on ${D('January 24th', 'january twenty fourth')} and I'll be back ${D('February 20th', 'february twentieth')}, so I need ${T('90 days', 'ninety days')} of my thyroid pill, the levothyroxine, before I go. Insurance is Healthfirst. My birthday is ${D('June 16th, 1967', 'june sixteenth sixty seven')}. Callback ${PH('929-555-0172', 'nine two nine five five five oh one seven two')}. Thank you.`,
  // 15
  `Hello, my name is ${N('Pasang Sherpa')}. I work in the nail salon in Woodside and I had the flu, very bad, from ${D('Monday the 3rd', 'monday the third')} until ${D('Thursday the 6th', 'thursday the sixth')}. I saw the doctor on the ${D('4th', 'fourth')}, the tall one, and my manager needs a note with the dates. Please, can you put it on the portal or I come pick it up. ${PH('347-555-0119', 'three four seven, five five five, zero one one nine')}. Thank you.`,
  // 16
  `Hi, it's ${N('Nusrat Jahan')}. I want to get the Nexplanon taken out, it's been, like, three years, and maybe get the IUD instead. Please don't call the house number, my family doesn't know, only my cell, ${PH('929-555-0187', 'nine two nine, five five five, oh one eight seven')}, or email me, ${E('nusratj.94@outlook.com', 'n u s r a t j dot nine four at outlook dot com')}. Thank you.`,
  // 17
  `Hello, good morning, I'm ${N('Rosa Tenesaca')}, the daughter of ${N('Segundo Tenesaca')}. My father has the Libre, the sensor for the sugar, and it fell off after two days, and the company says they need the serial number and then the doctor has to send a new prescription for the sensors. The serial is ${DV('0M00H4KTR7', 'zero m zero zero h four k t r seven')}. His birthday is ${D('9/21/1953', 'september twenty one nineteen fifty three')}. My phone is ${PH('347-555-0141', 'three four seven, five five five, zero one four one')}. Gracias.`,
  // 18
  `Hi, this is ${P('Hui')}, pharmacist at the Rite Aid on Main Street in Flushing. Calling about a prescription for ${N('Weng Jinhua')}, date of birth ${D('4/2/1980', 'four two nineteen eighty')}. The Eliquis ${T('5 mg', 'five milligrams')} needs a prior auth with her plan. Could someone from ${P('Dr. Lau')}'s office call us at ${PH('718-555-0160', 'seven one eight five five five zero one six zero')}? Thanks.`,
  // 19
  `Good afternoon, this is ${P('Marisol')} from Quest Diagnostics calling with a critical value for ${P('Dr. Chowdhury')}. Patient is ${N('Abul Kalam Azad')}, date of birth ${D('7/15/1955', 'zero seven fifteen nineteen fifty five')}, potassium ${T('6.2', 'six point two')}, collected this morning at ${T('8:40', 'eight forty')}. Please call the critical line at ${PH('866-555-0107', 'eight six six, five five five, zero one zero seven')}. Thank you.`,
  // 20
  `Hi, this is ${N('Sonam Tsering')}, I'm a cook at the momo place on ${T('37th', 'thirty seventh')} Road and I burned my hand on the steamer last night, there's blisters. Is it okay to just come in, or should I go to urgent care? I'm off at three. ${PH('917-555-0115', 'nine one seven five five five oh one one five')}.`,
  // 21
  `Hi, my name is ${N('Kavita Singh')}, I'm calling for my grandfather, ${N('Basdeo Ramlall')}, he's ${AG('92', 'ninety two')}. He had a fall in the bathroom yesterday, nothing broken, EMS checked him, but he's walking slow and my mom wants the doctor to see him this week. He lives with my mom at ${AD('104-11 Liberty Avenue, Richmond Hill', 'one oh four eleven liberty avenue richmond hill')}. Oh, and his date of birth is ${D('March 9th, 1933', 'march ninth nineteen thirty three')}. Call me at ${PH('718-555-0196', 'seven one eight, five five five, oh one nine six')}. Thank you.`,
  // 22
  `Hi, sorry, this is ${N('Wilson Guamán')}, I was the ${T('10:30', 'ten thirty')} with ${P('Dr. Ortega')} this morning. I parked in the spot behind the building that says doctors only, and the super says he's gonna call the tow. It's a black Camry, plate ${V('T648213C', 't six four eight two one three c')}, it's a TLC car. Can somebody tell him I'm coming back in ten minutes? ${PH('929-555-0137', 'nine two nine, five five five, oh one three seven')}.`,
  // 23
  `Hello, I want to ask, are you open during the Lunar New Year? My mother doesn't want to go to the doctor the first days of the new year, it's bad luck for her, so we want to come the week before. I'll call again in the morning. Thank you.`,
  // 24
  `Hi, this is ${N('Choi Min-jung')}. I did the mammogram at the imaging center on Northern Boulevard on the ${D('17th', 'seventeenth')} and they said they need more pictures, the ultrasound, and they sent the report to ${P('Dr. Park')}. I'm a little worried. Can she call me? ${PH('646-555-0153', 'six four six, five five five, zero one five three')}. Or email, ${E('minjung.choi@naver.com', 'min jung dot choi at naver dot com')}. Thank you.`,
  // 25
  `Hi, yes, my name is ${N('Jhon Fredy Ospina')}, with the H after the J, ${N('J-H-O-N')}. The lady in billing, ${P('Gladys')}, she said to call back with the last four of the social so she can find my old account from when I had the other insurance. It's ${SS('6038', 'six zero three eight')}. My number is ${PH('347-555-0124', 'three four seven, five five five, zero one two four')}. Gracias.`,
  // 26
  `Hello, this is ${N('Nelly Chimbo')}. I want to pay my bill, the ${T('$45', 'forty five dollars')}, for the visit from ${D('December 12th', 'december twelfth')}. The card is a Mastercard, ${C('5182 0657 1288 2010', 'five one eight two, zero six five seven, one two eight eight, two zero one zero')}, expiration ${T('11/27', 'eleven twenty seven')}, and the security code I give when you call me. ${PH('929-555-0168', 'nine two nine five five five zero one six eight')}.`,
  // 27
  `Hi, good morning, this is ${P('Patricia Oyelaran')}, nurse coordinator at Sunrise Home Care. We have a plan of care for Mrs. ${N('Rahima Khatun')} that needs ${P('Dr. Siddiqui')}'s signature, the ${T('485', 'four eighty five')}, her start of care was ${D('February 3rd', 'february third')}. The address we have for her is ${AD('73-05 37th Avenue, Apartment 2B, Jackson Heights', 'seventy three oh five thirty seventh avenue apartment two b jackson heights')}, just so you can match it. Our fax is ${PH('718-555-0101', 'seven one eight, five five five, oh one oh one')}, phone ${PH('718-555-0102', 'seven one eight, five five five, oh one oh two')}. Thanks.`,
  // 28
  `Hello, this is ${P('Jennifer Abad')}, discharge planner at Elmhurst Hospital. Calling to let ${P('Dr. Kaplan')} know that ${N('Mohammed Abdul Karim')}, date of birth ${D('10/05/1948', 'ten oh five forty eight')}, was admitted ${D('January 28th', 'january twenty eighth')} for pneumonia and went home today. He needs a follow-up within seven days. His hospital MRN is ${M('E7731904', 'e seven seven three one nine oh four')}. My direct line is ${PH('718-555-0144', 'seven one eight five five five oh one four four')}. Thanks.`,
  // 29
  `Hello? Hello, is this the, uh, the dentist? Oh. Sorry, wrong number, sorry.`,
  // 30
  `Good morning, ${N('Indarjit Seegobin')} here, everybody calls me ${N('Indy')}. I hurt my back on the job, lifting the sheetrock, on the ${D('9th', 'ninth')}, and the workers' comp people want the doctor's report. The claim number is ${AC('G418 2207 35', 'g four one eight, two two oh seven, three five')}. My cell is ${PH('347-555-0193', 'three four seven, five five five, oh one nine three')}. Thanks, eh.`,
  // 31
  `Hi, this is ${N('Paola Restrepo')}. My daughter ${N('Valentina')} needs the second HPV shot, the school nurse says she's missing it. She's ${T('12', 'twelve')}. Her birthday is ${D('4/18/2013', 'april eighteen two thousand thirteen')}. Can we come Saturday morning? ${PH('917-555-0182', 'nine one seven, five five five, zero one eight two')}. Thank you, bye.`,
  // 32
  `Hey, it's ${N('Mizanur Rahman')}, I have the ${T('11:15', 'eleven fifteen')} today but I got a double shift, the Grubhub is crazy with the snow. I'll call to make a new one. Sorry.`,
  // 33
  `Hi, good afternoon, I'm calling for my baby, ${N('Matías Quishpe')}, he was born ${D('January 6th', 'january sixth')} at Elmhurst. My sister said you see babies for the first checkup? His Medicaid number is ${H('TQ58204K', 't q five eight two oh four k')}, it just came in the mail. I'm ${N('Yesenia Quishpe')}, the mom. ${PH('347-555-0130', 'three four seven five five five zero one three zero')}.`,
  // 34
  `Hello, I am ${N('Hwang Ok-soon')}. I am ${AG('90', 'ninety')} years. ${AG('Ninety', 'ninety')}. My daughter is work, so I call myself. The doctor want the blood, fasting, I come Wednesday, okay? My house ${AD('144-20 41st Avenue, 5K, Flushing', 'one forty four twenty forty first avenue five k flushing')}. Telephone ${PH('718-555-0174', 'seven one eight, five five five, zero one seven four')}. Thank you.`,
  // 35
  `Hi, hello, my wife ${N('Zheng Lihua')} is pregnant, second baby, and she need the appointment for the sugar test, the glucose. Her due day ${D('July 30', 'july thirty')}. She speak Fuzhou dialect, me too, I speak English little. I'm ${N('Dong Weiming')}, husband. Phone ${PH('646-555-0190', 'six four six, five five five, zero one nine zero')}. I work restaurant, call after three o'clock.`,
  // 36
  `Good morning, my name is ${N('Carlene Hinds')}, ${N('H-I-N-D-S')}. I'm having terrible hot flashes, I'm up every night, and my period stopped since, like, last spring. I wanted to talk to ${P('Dr. Ortega')} about maybe the hormone patch. I saw on TV about Veozah, is that something? My number is ${PH('718-555-0109', 'seven one eight, five five five, oh one oh nine')}, and my work is ${PH('212-555-0176 extension 318', 'two one two five five five oh one seven six extension three eighteen')}. Thank you.`,
  // 37
  `Hi, this is ${N('Gurpreet Singh')}, I'm a cab driver. I went for the TLC medical and they said my pressure is ${T('162 over 98', 'one sixty two over ninety eight')}, and they won't sign until my doctor says it's controlled. I take the amlodipine ${T('5', 'five')}. Can ${P('Dr. Chowdhury')} see me this week? I work nights, so any morning after ${T('9', 'nine')}. ${PH('347-555-0158', 'three four seven, five five five, zero one fifty eight')}. Thank you.`,
  // 38
  `Hi, this is ${N('Park Jae-hyun')}, ${N('J-A-E H-Y-U-N', 'j a e h y u n')}. I can't get into the patient portal, it says my account is locked. My portal ID is ${M('QFH-0048213', 'q f h zero zero four eight two one three')} and the email on file should be ${E('jaehyun.park77@gmail.com', 'jae hyun dot park seventy seven at gmail dot com')}. Can somebody reset it? ${PH('917-555-0127', 'nine one seven, five five five, zero one two seven')}.`,
  // 39
  `Assalamu alaikum. This is ${N('Abdul Mannan')}. My wife, ${N('Shahnaz Akter')}, she has appointment on ${D('Tuesday, March 18th', 'tuesday march eighteenth')} for the ultrasound. She is asking, the doctor is lady doctor? She want lady doctor only. Also it is Ramadan, she will be fasting, is that okay for the test? Please call ${PH('929-555-0145', 'nine two nine, five five five, zero one four five')}. Thank you very much.`,
  // 40
  `Hi, this is ${N('Lobsang Choephel')}. I had the TB blood test for my new job at the nursing home, the QuantiFERON, and they need the result letter by Friday. My date of birth is ${D('8/14/1990', 'eight fourteen ninety')}. You can fax it to their HR at ${PH('718-555-0111', 'seven one eight five five five zero one one one')}, or just call me, ${PH('917-555-0148', 'nine one seven, five five five, oh one four eight')}. Thank you, thank you.`,
  // 41
  `Hi, just calling to see if the flu shots came in yet, the high dose one for my mom. I'll stop by after work. Okay, bye.`,
  // 42
  `Hi, good evening. This is ${N('Ryan Ramdass')}. I'm calling to let ${P('Dr. Kaplan')} and the office know that my mother, ${N('Sumintra Ramdass')}, passed away on ${D('Sunday, February 9th', 'sunday february ninth')}. She was ${AG('94', 'ninety four')}. She had an appointment next week, so please cancel that, and the funeral home will call about the paperwork. My number is ${PH('516-555-0138', 'five one six, five five five, zero one three eight')}. Thank you for taking care of her all these years.`,
  // 43
  `Hi, my name is ${N('Víctor Hugo Zambrano')}, I drive for Uber, and the DMV sent a letter that they need a medical review form because of the seizure I had two years ago. It's the ${T('MV-80U', 'm v eighty u')}. My license ID number is ${L('742 118 903', 'seven four two, one one eight, nine oh three')}. Can the doctor fill it out? I have until the end of the month. ${PH('929-555-0161', 'nine two nine, five five five, oh one six one')}. Thank you.`,
  // 44
  `Hi, this is ${N('Amy Wang')}, ${N('Wang Guohua')}'s daughter. My dad's Dexcom transmitter stopped working, and the supply company needs the doctor to sign a new order. The transmitter serial is ${DV('8G4T2X', 'eight g four t two x')}. His birthday, ${D('12/12/1950', 'twelve twelve nineteen fifty')}. And his Fidelis ID, ${H('71043286501', 'seven one oh four three two eight six five oh one')}. Call me at ${PH('917-555-0163', 'nine one seven, five five five, zero one six three')}.`,
  // 45
  `Hi, my name is ${N('Farzana Islam')}. I took a pregnancy test at home and it's positive, my last period started ${D('December 28th', 'december twenty eighth')}. I need the letter, the pregnancy verification, for the Medicaid office so they can put me on the pregnancy coverage. My Fidelis ID is ${H('29381047702', 'two nine three eight one zero four seven seven zero two')}. Please call ${PH('347-555-0108', 'three four seven five five five zero one zero eight')}. Thanks.`,
  // 46
  `Hi, this is ${N('Edwin Guallpa')}, I move, I want to update the address. New address is ${AD('94-06 34th Road, Apartment 1R, East Elmhurst, New York 11369', 'ninety four oh six thirty fourth road apartment one r east elmhurst new york one one three six nine')}. The phone is the same. Birthday ${D('2/27/1979', 'february twenty seven seventy nine')}. Thank you.`,
  // 47
  `Hi, I'm ${N('Sabina Rai')}, I'm calling for my mom, ${N('Kamala Rai')}. She's going to Nepal for Dashain, she leaves ${D('September 29th', 'september twenty ninth')}, and she wants her medicines for three months, the sugar one and the cholesterol one. Is that possible with Healthfirst? Her member ID is ${H('604 219 837', 'six oh four, two one nine, eight three seven')}. My number is ${PH('929-555-0110', 'nine two nine, five five five, zero one one zero')}.`,
  // 48
  `Hi, it's ${N('Natasha Mohammed')}, ${PH('347-555-0177', 'three four seven, double five five, oh one double seven')}. I just wanted to check if my Pap came back. ${P('Dr. Ortega')} did it on the ${D('6th', 'sixth')}. Okay, thanks, bye.`,
  // 49
  `Buenas tardes, this is ${N('Hernando Castaño')}, I'm calling for my wife, ${N('Gloria Inés Castaño')}. She had the biopsy, the cervix, with ${P('Dr. Ortega')} on ${D('February 14th', 'february fourteenth')}, and she's very nervous about the result. Her chart number is ${M('104877', 'one oh four, eight seven seven')}. You can call her cell, ${PH('917-555-0135', 'nine one seven five five five oh one three five')}, or me at work, ${PH('718-555-0180 ext. 22', 'seven one eight five five five oh one eight oh extension twenty two')}. Gracias.`,
  // 50
  `Yeah hi, this is ${N('Shafiqul Alam')}, I'm driving, sorry for the noise. I did the urine test Monday for the, the burning. Just call me between two and three, that's my break. ${PH('347-555-0186', 'three four seven, five five five, oh one eight six')}. ${N('Shafiqul')}, ${N('S-H-A-F-I-Q-U-L')}. ${N('Alam')}, ${N('A-L-A-M')}.`,
  // 51
  `Hi, do you have walk-in on Saturday? My throat is very sore since two days. If yes, what time you open? I'll try calling again. Thank you.`,
  // 52
  `Hello, this is ${N('Esther Ko')}, I volunteer with the seniors at the Korean church on Northern Boulevard. I'm calling for Mr. ${N('Yoo Sang-chul')}, he's ${AG('93', 'ninety three')} and his hearing is not good, so he asked me. He got a letter that he missed his appointment, but he says nobody told him. He lives at ${AD('136-45 Sanford Avenue, Apartment 4L, Flushing', 'one thirty six forty five sanford avenue apartment four l flushing')}. You can call me, ${PH('646-555-0116', 'six four six, five five five, oh one one six')}. Thank you.`,
  // 53
  `Hello, my name is ${N('Huang Yuqing')}. I think I have the bladder infection again, the burning and go to bathroom every ${T('20', 'twenty')} minutes. Last time ${P('Dr. Lau')} give me the antibiotic, the, the Macrobid. Can I get it again or I have to come in? I speak Mandarin, if somebody speak Mandarin better. ${PH('929-555-0129', 'nine two nine five five five zero one two nine')}. Thank you.`,
  // 54
  `Hi, ${N('Nadira Mohamed')} calling, date of birth ${D('April 22nd, 1969', 'april twenty second nineteen sixty nine')}. The pharmacy still doesn't have the Ozempic, the ${T('1 milligram', 'one milligram')} pen, they say it's on back order for two weeks. Can ${P('Dr. Chowdhury')} switch me to something else or send it to a different pharmacy? The one on Parsons has it, they said. ${PH('718-555-0123', 'seven one eight, five five five, zero one two three')}. Thank you.`,
  // 55
  `Hi, this is ${N('Dawa Lhamo')}. I had my baby six weeks ago, on ${D('December 30th', 'december thirtieth')}, and I'm supposed to come for the postpartum visit. Also, um, I haven't been sleeping and I've been crying a lot, and my husband said I should tell somebody. So. Please call me, ${PH('347-555-0151', 'three four seven, five five five, oh one five one')}. Thank you.`,
  // 56
  `Good morning, this is ${P('Rachel')} at ${P('Dr. Greenbaum')}'s office, cardiology, on Queens Boulevard. We're seeing ${N('Ramón Arévalo')}, date of birth ${D('3/3/1957', 'three three fifty seven')}, on ${D('Friday the 21st', 'friday the twenty first')}, and we need his last EKG and the lipid panel. Please fax to ${PH('718-555-0198', 'seven one eight, five five five, oh one nine eight')}. Thank you.`,
  // 57
  `Hi, this message is for ${P('Dr. Min')}. It's ${N('Yoon Mi-kyung')}. I started the new cholesterol medicine, the rosuvastatin ${T('10', 'ten')}, and my legs are aching at night. Should I stop? I'm going to Korea on the ${D('2nd', 'second')} for my father's birthday, so I want to know before. ${PH('917-555-0104', 'nine one seven, five five five, zero one zero four')}.`,
  // 58
  `This is an important message regarding your business listing on Google. Press ${T('1', 'one')} now to speak with a specialist, or press ${T('9', 'nine')} to be removed from our list.`,
  // 59
  `Hello, this is ${N('Rashida Akter')}, I'm the daughter of ${N('Jamila Khatun')}. My mother is ${AG('98', 'ninety eight')}, she's bedbound, and she needs the doctor to fill the form for the home attendant hours, the ${T('M11Q', 'm eleven q')}, because the hours are going to be cut. She lives with me at ${AD('37-14 82nd Street, Apartment 5C, Jackson Heights', 'thirty seven fourteen eighty second street apartment five c jackson heights')}. Her Medicaid ID is ${H('KL29384T', 'k l two nine three eight four t')}. Please call ${PH('347-555-0183', 'three four seven, five five five, oh one eight three')}. It's urgent, please.`,
  // 60
  `Hey, what's up, it's ${N('Jonathan Mejía')}. I need to reschedule my physical, I'm on nights at the airport now, JFK, the cargo. Anything after ${T('2', 'two')} works. ${PH('929-555-0175', 'nine two nine, five five five, zero one seven five')}. Yeah. Peace.`,
  // 61
  `Hi, good afternoon. I'm calling from the New York State of Health, I mean, no, sorry, I'm calling about the New York State of Health. My name is ${N('Ngawang Tsomo')}, I just got approved for the Essential Plan with MetroPlus, my member number is ${H('MP71520094', 'm p seven one five two zero zero nine four')}, and I want to make the new patient appointment. I live in ${AD('Woodside', 'woodside')}. ${PH('718-555-0128', 'seven one eight five five five oh one two eight')}.`,
  // 62
  `Hello, I am calling for my father, ${N('Chowdhury Abdur Rob')}, no relation to the doctor, haha, everybody asks. He's ${T('86', 'eighty six')}. He has the swelling in the legs again, both legs, and he takes the Lasix ${T('40', 'forty')}. Should we go to the emergency or can ${P('Dr. Siddiqui')} see him tomorrow? I'm his son, ${N('Rafiq')}, ${PH('929-555-0142', 'nine two nine, five five five, oh one four two')}.`,
  // 63
  `Hi, this is ${N('María Fernanda Zambrano')}, I need the vaccine records for my son ${N('Sebastián')}, for the school, the blue form, the ${T('CH-205', 'c h two oh five')}? His birthday is ${D('7/7/2018', 'seven seven twenty eighteen')}. Can you email it to ${E('mafezambrano@hotmail.com', 'm a f e zambrano at hotmail dot com')}? Thank you so much.`,
  // 64
  `Yes, hi, it's ${N('Marlon Persaud')}, ${N('P-E-R-S-A-U-D')}. I get my statement and the account is ${AC('88213407', 'eight eight two one, three four oh seven')}, and it have a charge for a visit ${D('November 4th', 'november fourth')} that I never came to. I was in Guyana the whole of November. Please check it. ${PH('718-555-0166', 'seven one eight, five five five, oh one six six')}.`,
  // 65
  `Hi, this is ${P('Grace')} from the front desk at the Flushing office, leaving a message for ${P('Farzana')} in Jackson Heights. The fax line here is down again, so if you have anything for us today, just scan it. I'm at extension ${T('214', 'two fourteen')}. Thanks.`,
  // 66
  `Hello, this is ${N('Zheng Wei')}, I drive Uber, I need the note for the TLC that I can drive after my eye surgery. Surgery was ${D('January 15', 'january fifteen')}, at the eye place on Main Street. My TLC license ${L('6023418', 'six oh two three four one eight')}. I come in anytime, just call ${PH('646-555-0106', 'six four six, five five five, zero one zero six')}. Thank you.`,
  // 67
  `Hi. It's ${N('Sunita Gurung')}. I was in yesterday and the doctor said to call if the rash got worse, and it's worse, it's on my neck now too. I'm taking the Allegra like she said, the ${T('180', 'one eighty')}. ${PH('347-555-0199', 'three four seven, five five five, zero one nine nine')}. Thank you.`,
  // 68
  `Hola, buenas, this is ${N('Ana Lucía Tenempaguay')}, let me spell the last name, ${N('T-E-N-E-M-P-A-G-U-A-Y')}. I need an appointment for the IUD check, the strings, with the woman doctor, ${P('Dra. Ortega', 'doctora ortega')}. My phone is ${PH('929-555-0118', 'nueve dos nueve, five five five, zero one one eight')}. Gracias.`,
  // 69
  `Hello, my name is ${N('Kim Dong-hyun')}. My mother, ${N('Kim Bok-nam')}, she is ${AG('100', 'a hundred')} years old this year, ${AG('a hundred', 'a hundred')}, so the building is having a party, and she is very excited. But she needs a new prescription for her eye drops before her birthday, the ${D('22nd', 'twenty second')}, because the bottle is almost empty. She lives with me at ${AD('150-32 Barclay Avenue, Flushing', 'one fifty thirty two barclay avenue flushing')}. My number is ${PH('718-555-0191', 'seven one eight, five five five, oh one nine one')}. Thank you.`,
  // 70
  `Hi, this is ${P('Deepa')} from Queens Medical Imaging. We have an order for a pelvic ultrasound for ${N('Rekha Shrestha')}, date of birth ${D('5/25/1986', 'five twenty five eighty six')}, but the Healthfirst authorization hasn't come through. Can someone check on it? Our number is ${PH('718-555-0159', 'seven one eight five five five zero one five nine')}. Thanks.`,
  // 71
  `Hi, it's ${N('Devon Charles')}, calling back. Somebody called me from this number around one. I'm at ${PH('347-555-0172', 'three four seven, five five five, oh one seventy two')}. Thanks.`,
  // 72
  `Hello. My name ${N('Lhakpa Dorjee')}. I come from Nepal two months. My cousin say I need the doctor for the, the green card, the vaccines. I have Medicaid now, number ${H('RT60418M', 'r t six oh four one eight m')}. My cousin phone, ${PH('929-555-0155', 'nine two nine five five five zero one five five')}, cousin name ${N('Mingma')}, she speak English good. Thank you.`,
  // 73
  `Hi, good morning, it's ${N('Carmen Rosa Villalba')}. I'm calling because I was told at the front desk to call ${P('Gladys')} at extension ${T('204', 'two oh four')} and it just rings and rings. It's about the payment plan. My account number is ${AC('30057718', 'three zero zero five, seven seven one eight')}. Call me back please, ${PH('718-555-0147', 'seven one eight five five five oh one four seven')}.`,
  // 74
  `Hi, ${N('Roosevelt Baptiste')} here, and no, not the avenue, I get that all the time. I need my cholesterol refill, the atorvastatin ${T('20', 'twenty')}, sent to the CVS on Roosevelt Avenue, the one by ${T('82nd', 'eighty second')}. Birthday ${D('October 10th, 1962', 'october tenth sixty two')}. Thanks.`,
  // 75
  `Hi, this is ${N('Priya Persaud-Khan')}, I'm calling for my grandmother, ${N('Leela Persaud')}, she's ${T('89', 'eighty nine')}, and she's got a cough since last week, a wet cough, and a little fever. She's staying with my aunt in ${AD('Ozone Park', 'ozone park')} right now. Can the doctor see her tomorrow? ${PH('347-555-0114', 'three four seven, five five five, zero one one four')}.`,
  // 76
  `Hi, my name is ${N('Yang Xiaomei')}, I'm a new patient, my first appointment is ${D('February 5th', 'february fifth')}, but that's during the New Year, my family will be having the dinner, so can I move it to the week after? My phone ${PH('929-555-0181', 'nine two nine, five five five, oh one eight one')}. Thank you, happy New Year.`,
  // 77
  `Hello, ${N('Bishnu Prasad Adhikari')} speaking. I am calling for my blood pressure medicine, the refill, the amlodipine and the, the losartan. The pharmacy is the one on ${T('37th', 'thirty seventh')} Avenue, the Nepali one. My birth date is ${D('2nd of May, 1964', 'second of may nineteen sixty four')}. Phone ${PH('718-555-0113', 'seven one eight, five five five, zero one one three')}. Thank you, namaste.`,
  // 78
  `Hi, this is ${N('Jessica Ramkissoon')}, I'm calling to cancel my ${T('9:45', 'nine forty five')} on ${D('Wednesday the 26th', 'wednesday the twenty sixth')}, I have jury duty at the courthouse in Kew Gardens. I'll call to reschedule after. Oh, and the court needs a note if I have a medical reason to be excused, but I don't, never mind. Bye.`,
  // 79
  `Hey, it's ${N('Faisal Ahmed')}, I'm outside the restaurant, quick message, I need a refill on my inhaler, the albuterol. The pharmacy on Broadway. My birthday is ${D('1/11/92', 'one eleven ninety two')}, ${D('January 11th, 1992', 'january eleventh ninety two')}. Call me, ${PH('929-555-0102', 'nine two nine five five five oh one oh two')}. Bye.`,
  // 80
  `Hi, yes, this is ${N('Gladys Ayala')}, not the one in your billing, different ${N('Gladys')}, haha. I'm a patient of ${P('Dr. Bhattarai')} and I need my mammogram order, I turned ${T('40', 'forty')} in December. My insurance is Fidelis, ID ${H('50287714903', 'five oh two eight seven seven one four nine oh three')}. ${PH('917-555-0169', 'nine one seven, five five five, oh one six nine')}. Thank you.`,
  // 81
  `Hello, this is ${N('Dolma Tsering')} calling for my father, ${N('Karma Tsering')}. He has the CPAP and the machine company says the doctor has to send the compliance report for the insurance. The machine serial number is ${DV('23184T07725', 'two three one eight four t oh seven seven two five')}. Losar is coming, we'll be busy, so if you can call this week, ${PH('347-555-0122', 'three four seven, five five five, oh one two two')}. Thank you.`,
  // 82
  `Hi, ${N('Oscar Lucero')}, my date of birth is ${D('8/8/88', 'eight eight eighty eight')}, easy one. I was bit by a dog on a delivery yesterday on ${T('84th', 'eighty fourth')} Street, it's not deep, but I don't know when my last tetanus was. Can I come today? ${PH('347-555-0105', 'three four seven five five five zero one zero five')}.`,
  // 83
  `Hello, this is ${N('Ahn Sook-hee')}. I call about my husband, ${N('Ahn Chul-woo')}. He's ${AG('95', 'ninety five')}. The hospital, Flushing Hospital, they discharge him ${D('Monday, the 10th', 'monday the tenth')}, and they say call the primary doctor in one week. He can't walk much. Our address, ${AD('41-40 Union Street, apartment 11G, Flushing', 'forty one forty union street apartment eleven g flushing')}. Telephone, ${PH('718-555-0135', 'seven one eight, five five five, zero one three five')}.`,
  // 84
  `Hi, this is ${N('Andrea Cuéllar')}, I'm ${T('26', 'twenty six')} weeks, and the baby is moving less since this morning. I drank juice and lay down like they said. Should I go to Elmhurst? Please call me right away, ${PH('929-555-0126', 'nine two nine, five five five, oh one two six')}. ${N('Andrea Cuéllar')}.`,
  // 85
  `Hi, good afternoon. I'm calling for my mom, her name is ${N('Rabeya Sultana')}, date of birth ${D('6/1/1970', 'six one nineteen seventy')}, and she needs her social security... no, sorry, the new patient form asks for her social, and she doesn't want to leave it on the machine, so call us please. ${PH('347-555-0140', 'three four seven, five five five, oh one four oh')}. Thanks.`,
  // 86
  `Hello, my name is ${N('Li Jianguo')}, ${N('L-I')}, ${N('J-I-A-N-G-U-O')}. I want to make the appointment for the physical. My insurance is the union, the ${T('1199', 'eleven ninety nine')}, group number ${T('00417', 'oh oh four one seven')}, member ID ${H('119004783215', 'one one nine, zero zero four, seven eight three, two one five')}. Phone ${PH('646-555-0111', 'six four six five five five zero one one one')}.`,
  // 87
  `Hi, this is ${P('Kwame')}, the pharmacist at Duane Reade on ${T('82nd', 'eighty second')} Street. We got a script for ${N('Tashi Wangmo')}, birth date ${D('9/9/1994', 'nine nine ninety four')}, for Provera ${T('10 milligrams', 'ten milligrams')}, but the directions are cut off. Please call us, ${PH('718-555-0179', 'seven one eight, five five five, oh one seven nine')}. Thank you.`,
  // 88
  `Hi, it's ${N('Ewa')} again, ${N('Ewa Nowicka')}, sorry, I left a message yesterday too. I just need to know if the prescription was sent. Thanks. ${PH('718-555-0156', 'seven one eight five five five oh one fifty six')}.`,
  // 89
  `Hi, this is ${N('Sharmin Chowdhury')}, I had my appointment yesterday with ${P('Dr. Siddiqui')} and I forgot to ask her, I'm fasting, is it okay if I do the blood test after Eid, like the first week of April? I don't want to break my fast for the needle. Okay, you can call me, ${PH('929-555-0144', 'nine two nine, five five five, oh one four four')}.`,
  // 90
  `Hello, good morning, I call for my mother, ${N('Dora Quezada')}. She have ${AG('91', 'ninety one')} years, ${AG('ninety-one', 'ninety one')}. She needs the doctor letter for Access-A-Ride, they say the form is expired. She lives in ${AD('Corona, 11368', 'corona one one three six eight')}. Call me, ${N('Mercedes')}, ${PH('347-555-0173', 'three four seven, five five five, zero one seven three')}. Gracias.`,
  // 91
  `Hey, this is ${N('Tenzin Norbu')}, just checking if my blood work is back, the cholesterol. I did it Tuesday. You have my number. Thanks.`,
  // 92
  `Hi, this is ${N('Kristine Lall')}, I'm calling to pay with a Visa, ${C('4429 5475 8967 8072', 'four four two nine, five four seven five, eight nine six seven, eight zero seven two')}, expiration ${T('03/28', 'oh three twenty eight')}, for my account ${AC('40093215', 'four zero zero nine, three two one five')}. And if it's easier, call ${PH('718-555-0195', 'seven one eight five five five zero one nine five')}.`,
  // 93
  `Hello, this is ${P('Mei')} with the Chinese interpreter service. We had a request for Mandarin for ${N('Liu Shufen')} at ${T('2:30', 'two thirty')} on ${D('March 12th', 'march twelfth')}, but the interpreter is sick. We can do phone interpreting instead, or we can do the ${D('13th', 'thirteenth')}. Please call ${PH('212-555-0142', 'two one two, five five five, zero one four two')}.`,
  // 94
  `Hi, my name is ${N('Luis Alberto Chalco')}. I'm a, I was a patient like five years ago, in ${T('2019', 'twenty nineteen')}, and now I come back. The old chart maybe under ${N('Luis Chalco')} only. My birthday is ${D('May 5th, 1985', 'may fifth nineteen eighty five')}. ${PH('917-555-0108', 'nine one seven five five five zero one zero eight')}.`,
  // 95
  `Hi, this is ${N('Seo-yeon Han')}, I'm calling for the results of my thyroid ultrasound from last ${D('Tuesday, the 4th', 'tuesday the fourth')}. ${P('Dr. Park')} said she'd call but maybe she's busy. ${PH('646-555-0193', 'six four six five five five oh one nine three')}, cell. Thank you.`,
  // 96
  `Good afternoon, this is ${N('Premwattie Doobay')}, ${N('P-R-E-M-W-A-T-T-I-E')}. I'm calling for my bone density result. And the doctor said maybe the calcium, I want to ask which one. ${PH('718-555-0185', 'seven one eight, five five five, oh one eight five')}. Thank you, darling.`,
  // 97
  `Hi, uh, my name is ${N('Subash Tamang')}, I'm a delivery guy, I got a cut on my hand from the bike chain on ${D('Saturday the 15th', 'saturday the fifteenth')}, and now it's red and hot. I don't have insurance right now, how much is the visit? ${PH('929-555-0117', 'nine two nine, five five five, zero one one seven')}.`,
  // 98
  `Hello, ${P('Dr. Lau')}, this is ${N('Chen Jianping')}, the son of ${N('Chen Shu-hua')}. Thank you for calling yesterday. My mother is ${AG('97', 'ninety seven')}, she is very stubborn, she won't go to hospital, so we will do the pills at home like you said. If you need me, ${PH('917-555-0197', 'nine one seven, five five five, oh one nine seven')}. Thank you.`,
  // 99
  `Hi, this is ${N('Keisha Ramsaran')}, I need a note for my job, I was out ${D('Friday the 7th', 'friday the seventh')} with the stomach virus. I didn't come in, but I sent a portal message that day. My email is ${E('keisha.ramsaran@yahoo.com', 'keisha dot ramsaran at yahoo dot com')}. Thanks.`,
  // 100
  `Hola, good afternoon. My name is ${N('Jorge Iván Loaiza')}. I want to ask if the doctor can give me something for the sleep, I'm driving the cab at night and in the day I can't sleep. My insurance changed to Healthfirst, the ID is ${H('739 482 016', 'seven three nine, four eight two, zero one six')}. Thank you. ${PH('347-555-0179', 'three four seven, five five five, oh one seven nine')}.`,
  // 101
  `Hi, my name is ${N('Ji-woo Baek')}, date of birth ${D('3/17/97', 'three seventeen ninety seven')}, I'm calling because I think I need the morning-after pill, or a prescription? It was last night. Please call me as soon as possible, ${PH('646-555-0133', 'six four six, five five five, oh one three three')}, it's my cell.`,
  // 102
  `Hey, ${N('Ricardo Peñafiel')}, ${PH('347-555-0167', 'three four seven, five five five, oh one six seven')}, just need to move my appointment from Thursday to Friday if you have it. Same time, ${T('4:15', 'four fifteen')}. Thanks.`,
  // 103
  `Good morning, this is ${N('Hemraj Sukhdeo')}, I'm calling on behalf of my wife, ${N('Omattie Sukhdeo')}, date of birth the ${D('3rd of August, 1975', 'third of august nineteen seventy five')}. She was seen in the ER at Jamaica Hospital on the ${D('1st', 'first')} for kidney stones and they said follow up with primary. Her MetroPlus number is ${H('MP30617548', 'm p three oh six one seven five four eight')}. Our number, ${PH('718-555-0153', 'seven one eight five five five oh one five three')}.`,
  // 104
  `Hi, this is ${N('Yu Na Jeong')}. I have the appointment Monday with ${P('Dr. Min')} but I want to bring my husband to translate, is that okay or do I need the interpreter? Also what floor, ${T('2', 'two')} or ${T('3', 'three')}? Thank you.`,
  // 105
  `Hello, my name is ${N('Ram Bahadur Shrestha')}, I'm calling from my work, the number is ${PH('718-555-0100 extension 41', 'seven one eight five five five zero one zero zero extension forty one')}. My social is ${SS('531-04-7782', 'five three one, zero four, seven seven eight two')}, the office asked for it for the new insurance. Please call back at my work, I don't have a cell phone right now. Thank you.`,
  // 106
  `Hi, this is ${N('Magdalena Ordóñez')}, I live in ${AD('Jackson Heights, on 86th Street', 'jackson heights on eighty sixth street')}, and I just got my card from Fidelis, the new one, my member ID is ${H('61837200519', 'six one eight three seven two zero zero five one nine')}. Please update it before the visit on ${D('April 3rd', 'april third')}. ${PH('929-555-0150', 'nine two nine five five five zero one five zero')}. Gracias.`,
  // 107
  `Hi, this is ${N('Sung-min Oh')}, ${N('O-H')}, just Oh. I'm returning ${P('Linda')}'s call about my blood test. I'm at work until six, so after six is better, ${PH('917-555-0186', 'nine one seven, five five five, oh one eight six')}.`,
  // 108
  `Hello, this is ${N('Bibi Hamid')}, I'm calling to say thank you to the nurse, ${P('Rosalba')}, who helped my mother last week. She was so patient with her. That's all, God bless.`,
  // 109
  `Hi, I'm calling for ${N('Wei Zhang')}, I'm his wife, ${N('Lin Yan')}. He had the stress test ${D('February 27th', 'february twenty seventh')} at the cardiologist, and the cardiologist's office says they faxed it to you. Can ${P('Dr. Lau')} look at it? He's worried about going back to driving the delivery van. ${PH('646-555-0170', 'six four six, five five five, zero one seven zero')}.`,
  // 110
  `Hi, ${N('Anita Dhakal')}, ${D('10/21/1983', 'ten twenty one eighty three')}. Um, I want to come in for the Pap and the breast exam, it's been since ${T('2021', 'twenty twenty one')}. I'm free Tuesdays and Thursdays. ${PH('347-555-0159', 'three four seven, five five five, zero one five nine')}. Thanks.`,
  // 111
  `Hello, I am calling for ${N('Galo Zhunio')}, he is my uncle, he is ${T('72', 'seventy two')}, he doesn't have a phone. He has the chest pain yesterday and today it's better. He wants to see the doctor, not go to the hospital. He stays with us on ${AD('95th Street in East Elmhurst', 'ninety fifth street in east elmhurst')}. My name is ${N('Diana')}, ${PH('929-555-0135', 'nine two nine, five five five, oh one three five')}.`,
  // 112
  `Hi, this message is for billing. It's ${N('Tsering Youdon')}, I paid online with my Amex, ${C('3701 843116 10012', 'three seven zero one, eight four three one one six, one zero zero one two')}, and it charged me twice, ${T('$60', 'sixty dollars')} two times. Can you refund one? ${PH('718-555-0126', 'seven one eight, five five five, oh one two six')}.`,
  // 113
  `Hi, this is ${P('Olga Sanabria')}. I'm a home health aide for Mrs. ${N('Feldman')}, ${N('Ruth Feldman')}, she's ${AG('99', 'ninety nine')}. Her blood pressure this morning was ${T('190 over 100', 'one ninety over a hundred')} and she has a headache. Her daughter said to call you first. I'm with her at ${AD('33-21 81st Street, apartment 3A', 'thirty three twenty one eighty first street apartment three a')}. My cell, ${PH('347-555-0126', 'three four seven, five five five, oh one two six')}. Please call quick.`,
  // 114
  `Hey, good evening, it's ${N('Darnell Mohan')}, I know you're closed. Just leaving it so you see it in the morning. I need to reschedule my physical to after the ${D('20th', 'twentieth')}, I'm working doubles until then. ${PH('347-555-0174', 'three four seven five five five oh one seven four')}. Thank you.`,
  // 115
  `Hi, this is ${N('Nima Sherpa')}, I'm in Nepal right now, calling on WhatsApp, I'll be back in New York ${D('March 25th', 'march twenty fifth')}, and I need my appointment moved until after that. The connection is bad so maybe just email me, ${E('nimasherpa.ktm@gmail.com', 'nima sherpa dot k t m at gmail dot com')}. Thank you, dhanyabad.`,
  // 116
  `Hi, it's ${N('Yesica Marulanda')}, I have the ${T('8:30', 'eight thirty')} tomorrow for the glucose test, I just want to confirm, I can't eat after midnight, right? And water is okay? I'm ${T('28', 'twenty eight')} weeks. Okay, thank you. ${PH('917-555-0131', 'nine one seven five five five zero one three one')}.`,
];
