/**
 * Blind held-out PHI gold set 52: an ordinary week in late summer on the voicemail of a family and pediatric
 * practice in Columbus, Ohio, with callers from the city, its suburbs and the small towns around it (area
 * codes 614, 380, 740, 937). Back-to-school and sports physicals, shot records and school shot deadlines,
 * ADHD and asthma refills, results, sick visits, referrals, Ohio Medicaid managed-care plans (CareSource,
 * Molina, Buckeye, AmeriHealth) and employer plans, daycare, camp and band forms, records requests and billing.
 * Callers include Somali, Nepali-Bhutanese, Ghanaian and Mexican families, Appalachian, white and Black Ohio
 * families, grandparents raising grandchildren, foster parents, school nurses, coaches, pharmacies and other
 * offices. Several messages list two or three children with their birthdays; some spell names; some give a
 * street address to update the chart; some contain no PHI at all.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Hatfield»"); "Dr." stays inside PROVIDER.
 * - Clinicians (including school nurses and athletic trainers) and staff of this practice, pharmacies, labs
 *   and other medical offices named in their working role are PROVIDER. Coaches, caseworkers, teachers,
 *   patients, callers and relatives are NAME. A first name or surname said alone is NAME.
 * - A spelled-out name ("«H-A-T-F-I-E-L-D»") is its own NAME span.
 * - DATE covers a full or partial calendar date tied to a person (birth dates, visit, placement, discharge,
 *   travel, therapy-plan and form deadlines, "the «26th»" with "the" outside), including dates said in
 *   Spanish ("«cinco de mayo del dos mil dieciocho»" as a birth date); a weekday said with its date is inside. Weekdays, months or years
 *   alone, "first day of school", clock times, ages, grades and card expiry dates are not labelled.
 * - Every callback or fax number of a person or outside business (school office, pharmacy, county agency,
 *   other practice) is PHONE, with a caller's extension inside; this practice's own menu options and
 *   extensions are not labelled. An abandoned false start stays outside; a full repeat is a new span.
 * - Last four of a social and full socials are SSN; chart, patient and portal numbers are MRN; billing account
 *   and claim numbers are ACCOUNT; Medicaid, CareSource/Molina/Buckeye member, employer-plan member, Tricare
 *   and Medicare IDs are HEALTH_PLAN_ID (group numbers are plain text); driver's and commercial driver's
 *   licence numbers are LICENSE; insulin-pump controller and nebulizer serials are DEVICE.
 * - A street address and/or the town (with state or ZIP) where a patient or caller lives or stays is ADDRESS;
 *   said together it is one span. Towns that are business locations (a pharmacy in Lancaster, a clinic in
 *   Nelsonville, an employer in Marysville) are not labelled, nor are schools, hospitals or a state alone.
 *   People named London, Logan, Marion or Zane are NAME; the towns London, Logan and Zanesville are ADDRESS
 *   only where someone lives there.
 * - AGE only for ages over 89 (the number phrase alone); younger ages, doses, temperatures, counts, grades,
 *   weights, the practice's own extension, card security codes and amounts of money are plain text.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", pairs ("sixty four"),
 *   "double five", area code "six fourteen", restarts; emails with "at" and "dot" and letters spelled where
 *   callers spell.
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, T } = pause;

export const BLIND52_MESSAGES: string[] = [
  `Hello, good morning, my name is ${N('Hodan Abdi')}. I need the shot records for my three kids for school, the school say they need it before Wednesday. ${N('Ayaan Mohamed')}, birthday ${D('March 2nd, 2015', 'march second twenty fifteen')}, ${N('Hibaq Mohamed')}, ${D('November 19, 2017', 'november nineteen twenty seventeen')}, and ${N('Mahad')}, he is ${D('7/8/2020', 'seven eight twenty twenty')}. Please call me, ${PH('614-555-0132', 'six one four, five five five, zero one three two')}. Thank you, thank you.`,

  `Hi, this is ${P('Dana Whitt')}, I'm the school nurse at Groveport Madison Middle School. I'm calling about a student of yours, ${N('Jaylen Pruitt')}, date of birth ${D('4/11/2012', 'four eleven twenty twelve')}. We have his inhaler in the clinic but no medication authorization signed by the doctor, and without it I can't let him carry it on the bus. Could you fax the form to ${PH('614-555-0177', 'six one four five five five oh one seven seven')}? My direct line is ${PH('614-555-0178, extension 3', 'six one four five five five oh one seven eight, extension three')}. Thank you so much.`,

  `Namaste, hello. My name ${N('Tika Ram Dahal')}. My son ${N('Suraj Dahal')} need the sports physical for the soccer, coach say must be done by ${D('August 22nd', 'august twenty second')}. His birthday ${D('January 5, 2010', 'january five two thousand ten')}. We have the Molina. Number is ${PH('614-555-0141', 'six one four five five five zero one four one')}. Again, ${PH('614-555-0141', 'six one four, five five five, zero one four one')}. Thank you sir.`,

  `Yeah, hi, this is ${N('Wanda Hatfield')}, I live down in ${AD('Logan')}. I got custody of my grandbabies back in the spring, ${N('Kaylee')} and ${N('Bentley Caudill')}, and I need to get 'em set up as new patients with y'all. Their mama had 'em going to the clinic in Nelsonville but I don't know if they ever got their shots. ${N('Kaylee')}'s birthday is ${D('June 3rd, 2016', 'june third twenty sixteen')} and ${N('Bentley')}'s is ${D('December 28th, 2018', 'december twenty eighth twenty eighteen')}. They got the CareSource. My number's ${PH('740-555-0119', 'seven four oh, five five five, oh one one nine')}. Call me back, honey.`,

  `Hi, this is ${N('Melissa Brandenburg')}, mom of ${N('Owen Brandenburg')}. He's due for his Vyvanse, the ${T('30 milligram', 'thirty milligram')}, and I know it has to be sent new every month. He's got ${T('2', 'two')} left and school starts Wednesday, so I'd really like to have it before then. Kroger on Sawmill Road. His birthday's ${D('2/9/2013', 'two nine twenty thirteen')}. ${PH('614-555-0164', 'six one four, five five five, oh one six four')}. Thanks.`,

  `Hello, good afternoon. My name is ${N('Kwame Asante')}, I'm calling for my wife, ${N('Abena Asante')}. She did her blood work here on ${D('Monday the 11th', 'monday the eleventh')} and the portal is showing the iron is low, so we want to know if ${P('Dr. Okonkwo')} wants her to take a supplement or something. Her date of birth is ${D('9/23/1987', 'nine twenty three nineteen eighty seven')}. You can reach me on ${PH('380-555-0126', 'three eight zero, five five five, zero one two six')}. God bless.`,

  `Hey, this is ${N('Rick Stoltzfus')}, I coach the ${T('8th', 'eighth')} grade football team out at Licking Heights. One of my players, ${N('Brayden Sexton')}, was seen by you guys for a concussion last week and I need a written return-to-play clearance before I can put him back in contact drills. His mom said to call you. I know you can't tell me anything medical, I just need the form. Fax in the athletic office is ${PH('740-555-0150', 'seven four oh five five five oh one five oh')}. Thanks.`,

  `Hola, buenas tardes, my name is ${N('Guadalupe Hernández')}. I call for my daughter ${N('Ximena')}, she have fever since yesterday, ${T('102', 'one oh two')}, and the throat hurt. She can have appointment today? Any time. Her birthday is ${D('5 de mayo del 2018', 'cinco de mayo del dos mil dieciocho')}. My number ${PH('614-555-0187', 'six one four five five five, zero one eight seven')}. Gracias.`,

  `Hi, yeah, I was just calling to see what time you guys open on Saturday, and whether you do walk-in sports physicals or if I need an appointment. I'll call back. Thanks.`,

  `Hi, good morning, this is ${N('Carrie Lindeman')}, I'm a foster parent through Franklin County Children Services. I got a placement ${D('Friday the 15th', 'friday the fifteenth')}, a little girl, ${N('Nevaeh Moten')}, date of birth ${D('10/30/2019', 'ten thirty twenty nineteen')}, and she needs a well-child visit within ${T('7', 'seven')} days of placement, that's the county rule. Her Medicaid ID is ${H('104928371556', 'one oh four nine two eight, three seven one five five six')}. Her caseworker is ${N('Latoya Grimes')}, ${PH('614-555-0103', 'six one four five five five oh one oh three')}, and I'm at ${PH('614-555-0198', 'six one four, five five five, oh one nine eight')}. Thank you.`,

  `Hi, it's ${N('Loretta Skaggs')}, I'm calling about my mother, ${N('Opal Skaggs')}. She's ${AG('ninety-one', 'ninety one')} and she's been real confused the last couple days, and she's not drinking much. I don't want to haul her to the ${T('ER', 'e r')} if I don't have to. ${P('Dr. Feldhaus')} has seen her for years. We're out at ${AD('6620 Refugee Road, Canal Winchester', 'sixty six twenty refugee road canal winchester')}. Please call ${PH('614-555-0111', 'six one four five five five oh one one one')}.`,

  `Yes, hello, this is ${N('Darnell Whitlock')}. I'm trying to pay the balance on my daughter's account, it's ${T('$42.18', 'forty two eighteen')}, and the website keeps giving me an error. Account number ${AC('600218745', 'six double oh two one eight seven four five')}. I'll just give you the card, it's ${C('4147 2031 8842 9514', 'four one four seven, two oh three one, eight eight four two, nine five one four')}, expires ${T('11/27', 'eleven twenty seven')}. Call if there's a problem, ${PH('614-555-0155', 'six one four, five five five, oh one five five')}.`,

  `Hello, this is ${N('Sabitra Khadka')}. My daughter ${N('Anisha')}, her asthma pump is finish, the orange one, Flovent, and also the blue one, the albuterol. Pharmacy is Walgreens on Morse Road. Her birthday ${D('12th July 2014', 'twelve july twenty fourteen')}. My number ${PH('614-555-0139', 'six one four, five five five, zero one three nine')}. Thank you.`,

  `Hi, this is ${N('Keisha Lattimore')}. My son ${N('DeAndre')} needs his physical for basketball at Whetstone, and they want the ${T('OHSAA', 'o h s a a')} form, the new one. He's ${T('15', 'fifteen')}. Do y'all have anything after ${T('3:45', 'three forty five')}? His birthday is ${D('March 17th, 2010', 'march seventeenth two thousand ten')}. Call me at ${PH('614-555-0172', 'six fourteen, five five five, oh one seven two')}.`,

  `Hi, this is ${P('Greg')}, pharmacist at the Giant Eagle in Hilliard. We got an e-script for amoxicillin ${T('400 milligrams per 5 mL', 'four hundred milligrams per five mls')} for ${N('Mateo Ramírez')}, birthday ${D('1/14/2021', 'one fourteen twenty twenty one')}, but there's no weight on it and the volume looks high for a ${T('4', 'four')}-year-old. Can the prescriber call us back at ${PH('614-555-0108', 'six one four five five five oh one oh eight')}? Thanks.`,

  `Hi, my name is ${N('Amanda Ruhl')}, I'm calling to request my son's records, he's transferring to Nationwide Children's for his ${T('GI', 'g i')} stuff. ${N('Caleb Ruhl')}, ${N('R-U-H-L')}, birthday ${D('8/2/2011', 'eight two twenty eleven')}. They said they need everything from ${T('2019', 'twenty nineteen')} on. You can email me the release at ${E('amandaruhl83@gmail.com', 'amanda ruhl eighty three at gmail dot com')}. Thanks.`,

  `Hey, it's ${N('Brittany Huffman')}. I dropped off a daycare form on Tuesday, the yellow one from Kiddie Academy, and they need it back by Friday or she can't start. Her name's ${N('Paisleigh Huffman')}, ${N('P-A-I-S-L-E-I-G-H')}. Can you call me when it's ready? ${PH('380-555-0117', 'three eight oh five five five oh one one seven')}.`,

  `Good morning, this is ${P('Rochelle')} calling from Central Ohio Allergy and Asthma. We have a referral for ${N('Ifrah Osman')}, date of birth ${D('2/27/2016', 'two twenty seven twenty sixteen')}, but we need the last office note and the CareSource referral number before we can schedule. Please fax to ${PH('614-555-0190', 'six one four, five five five, oh one nine zero')}, attention ${P('Rochelle')}. Thank you.`,

  `Hi, um, I just had a quick question. Do you guys have the flu shot yet or is it too early? And is it still ${T('$35', 'thirty five dollars')} if you don't have insurance? Okay. I'll try back after ${T('1', 'one')}. Thanks.`,

  `Yeah, this is ${N('Ricky Sexton')}, I need to get on the schedule for my DOT physical, my medical card runs out next month. The paperwork wants my CDL number so I'll just give it to you now, it's ${L('TR593018', 't r five nine three oh one eight')}. And, uh, my number's ${PH('740-555-0146', 'seven forty, five five five, oh one forty six')}. I'm driving most days but I'll call back at lunch.`,

  `Hi, good afternoon, this is ${N('Sravani Reddy')}. My husband changed jobs, he's at Honda in Marysville now, so we have Anthem instead of the UnitedHealthcare. Member ID is ${H('YRH884219036', 'y r h eight eight four two one nine zero three six')}, group is ${T('W7781', 'w seven seven eight one')}. The kids are ${N('Aarohi')} and ${N('Vihaan')}, they have their physicals on the ${D('26th', 'twenty sixth')}, so I want it updated before that. ${PH('614-555-0121', 'six one four, five five five, zero one two one')}. Thanks.`,

  `Hi, this is ${N('Earl Messer')}, I live out in ${AD('Urbana')}. I'm calling for my grandson ${N('Tristan')}, ${N('Tristan Messer')}. He takes the Focalin, the ${T('10', 'ten')} milligram, and the pharmacy says they need a new script. The wife and me have had him since he was ${T('3', 'three')}, we got the papers on file there. His birthday is ${D('October 6th, 2014', 'october sixth twenty fourteen')}. Call ${PH('937-555-0158', 'nine three seven, five five five, oh one five eight')}.`,

  `Assalamu alaikum, this is ${N('Abdirahman Hassan')}. My daughter ${N('Sagal')} is starting kindergarten and the school say she need the ${T('4', 'four')} year shots, the ${T('MMR', 'm m r')} and the chickenpox, before she can start. Her birthday is ${D('January 20, 2021', 'january twenty twenty twenty one')}. Last name ${N('Hassan')}. Please call ${PH('614-555-0109', 'six one four, five five five, zero one zero nine')}, or my wife ${N('Nasra')}, ${PH('614-555-0110', 'six one four, five five five, zero one one zero')}.`,

  `Hey, this is ${N('Jolene Combs')}. My boy ${N('Hunter')} has been coughing all night and he's wheezing pretty bad, I gave him the nebulizer at like ${T('2', 'two')} and again at ${T('5', 'five')} and it helps a little. I was wondering if ${P('Dr. Baumgartner')} could see him today. His birthday's ${D('9/14/2017', 'nine fourteen seventeen')}. My number's ${PH('740-555-0184', 'seven four oh five five five oh one eight four')}.`,

  `Good morning, ${N('Ama Darko')} here, ${N('D-A-R-K-O')}. I was trying to log in to MyChart for my son ${N('Kojo')} and it locked me out. His patient number is ${M('5502187', 'five five oh two one eight seven')}. Please call me, ${PH('614-555-0166', 'six one four five five five zero one six six')}. Thank you.`,

  `Hi, this is ${N('Tanisha Belcher')}, I need to update my address on file. It's ${AD('1180 Oakland Park Avenue, Columbus, Ohio 43224', 'eleven eighty oakland park avenue columbus ohio four three two two four')}. It's for me and my two kids, ${N('Imani')} and ${N('Josiah Belcher')}. Phone's the same. Thank you.`,

  `Hello, this is ${N('Bhim Bahadur Rai')}. I call for my mother, ${N('Dil Maya Rai')}, her sugar medicine, the metformin ${T('500', 'five hundred')}, she take two time a day, it is finish. She is old, she don't speak English. Her birthday ${D('1/1/1952', 'one one nineteen fifty two')}. Pharmacy Kroger on Hamilton Road. My phone ${PH('614-555-0143', 'six one four, five five five, zero one four three')}. Thank you very much.`,

  `Hi, calling from the front office at Reynoldsburg High School, this is ${N('Pam Jessup')}. We have a student, ${N('Liliana Ochoa')}, whose immunization record shows only one dose of the meningitis shot, and she's a senior, she needs the second one or she's excluded after the ${D('15th of September', 'fifteenth of september')}. Her mom asked us to let you know. Our fax is ${PH('614-555-0191', 'six one four five five five oh one nine one')}. Thanks, bye.`,

  `Hi, it's ${N('Marisol Gutiérrez')}. I have an appointment for my son ${N('Brayan Castañeda')} on ${D('Thursday, August 21st', 'thursday august twenty first')} at ${T('10:40', 'ten forty')}, and I need to change it because I have to work. Anything the week after, in the afternoon. ${PH('380-555-0128', 'three eight oh, five five five, oh one two eight')}. Thank you.`,

  `Hi, ${N('Dwayne Huffman')} calling. Got a bill for ${T('$187', 'a hundred and eighty seven dollars')} for my son's visit in June and I thought the CareSource covered everything for him. Claim number on the paper is ${AC('CL20250611884', 'c l two oh two five oh six one one eight eight four')}, and they wanted the last four of my social, that's ${SS('9052', 'ninety fifty two')}. I'm at ${PH('740-555-0112', 'seven four oh, five five five, oh one one two')}.`,

  `This is ${N('Crystal Fugate')} and I'm upset. I've called three times about ${N('Mason')}'s referral to the ${T('ADHD', 'a d h d')} testing place and nobody's called me back. ${P('Dr. Shrestha')} said she'd send it in June. He starts ${T('2nd', 'second')} grade next week. Please call me, ${PH('614-555-0180', 'six one four five five five oh one eight oh')}. His birthday is ${D('4/4/2018', 'four four eighteen')} if you need it.`,

  `Hi, this is ${P('Jenna')}, the athletic trainer at Hilliard Darby. I've got a sophomore, ${N('Logan Pressley')}, with a rolled ankle from practice Monday. He's got swelling but he's walking on it. Mom wants him seen by his own doctor before he's cleared, so please give her a call, ${N('Heather Pressley')}, ${PH('614-555-0115', 'six one four, five five five, oh one one five')}. Thanks.`,

  `Hi. This is ${N('Nana Ama Boateng')}. I'm calling for my three children, all three need physicals for school. ${N('Kofi')}, ${D('6/12/2011', 'six twelve two thousand eleven')}, ${N('Akosua')}, ${D('2/2/2014', 'two two twenty fourteen')}, and ${N('Yaw')}, ${D('9/9/2016', 'nine nine twenty sixteen')}. Last name ${N('Boateng')}, ${N('B-O-A-T-E-N-G')}. If possible the same day, so I come one time. My number is ${PH('614-555-0136', 'six one four, five five five, oh one three six')}. Thank you, bye bye.`,

  `Yeah, hi, this is ${N('Chad Romine')}. Quick question, my daughter's camp in Ashville needs her shot record and a form that says she's healthy to swim. Is that something I can get from the portal or does the doctor have to fill it out? Call me back, ${PH('740-555-0171', 'seven four zero five five five zero one seven one')}. Daughter's ${N('Addison Romine')}.`,

  `Hi, this is ${N('Yesenia Medina')}, um, my son ${N('Julián')} got his kindergarten shots here on Tuesday and now his leg is all red and hard where they gave it, like the size of a, like a baseball? And he had ${T('100.4', 'a hundred point four')} last night. Is that normal or should I bring him? His birthday is ${D('2/18/2020', 'two eighteen twenty twenty')}. ${PH('614-555-0122', 'six one four, five five five, oh one two two')}. Thank you.`,

  `Yes ma'am, this is ${N('Geraldine Thurman')}, I'm the grandmother of ${N('Jamari')} and ${N('Journee Thurman')}. Y'all asked for a copy of my ID for the custody paperwork and my scanner won't work, so I'm gonna read it off. Ohio driver's license ${L('RK204771', 'r k two oh four seven seven one')}. I'll bring the actual papers when I come in on the ${D('27th', 'twenty seventh')}. My number is ${PH('614-555-0147', 'six one four, five five five, oh one four seven')}. God bless y'all.`,

  `Good morning. This is ${N('Efua Ansah')}. I had my baby ${D('August 15th', 'august fifteenth')} at Riverside, a girl, ${N('Nhyira Ansah')}, and we went home on the ${D('17th', 'seventeenth')}. The hospital said she needs a weight check and the jaundice check in two or three days with the pediatrician. Can we come Wednesday? My husband is ${N('Kojo Ansah')} and his number is ${PH('380-555-0104', 'three eight oh, five five five, oh one oh four')}, mine is ${PH('380-555-0105', 'three eight oh, five five five, oh one oh five')}. Thank you.`,

  `Hi, this is, uh, Sergeant ${N('Derek Vinton')}. I'm with the Guard at Rickenbacker and we just moved here from Texas. I want to set up my two kids as new patients, we have Tricare Prime. My DoD ID is ${H('1284470936', 'one two eight four, four seven oh, nine three six')}. The kids are ${N('Harper')}, she's ${T('9', 'nine')}, and ${N('Colt')}, he's ${T('6', 'six')}. Reach me at ${PH('614-555-0159', 'six one four, five five five, zero one five nine')}.`,

  `Hi, this is ${N('Renee Kowalski')}, ${N('Ava')}'s mom. ${N('Ava')} is type one and she's on the Omnipod, and the school nurse at Olentangy Berlin needs new diabetes orders signed before the first day. The nurse also wants the PDM serial on the form, it's ${DV('T25A41198', 't two five a four one one nine eight')}. Her birthday is ${D('11/3/2012', 'eleven three twenty twelve')}. Can you call me, ${PH('740-555-0129', 'seven four oh, five five five, oh one two nine')}? Thanks.`,

  `Oh, hi, I think I have the wrong number, I was trying to get the dentist on Stelzer Road. Sorry about that.`,

  `Hello, this is ${P('Marcy')} from medical records at Pickerington Pediatrics. We received a records request for a former patient of yours, ${N('Colton Slone')}, date of birth ${D('3/30/2015', 'three thirty twenty fifteen')}, and we need his immunization history and last well visit. Our fax is ${PH('614-555-0192', 'six one four, five five five, oh one nine two')}. Phone ${PH('614-555-0193', 'six one four, five five five, oh one nine three')}. Thank you.`,

  `Hi, my name is ${N('Stacy Caudill')}, calling from billing, no, I'm calling billing, sorry. They told me to leave the last four of my social since I'm the guarantor on the account, it's ${SS('6218', 'six two one eight')}. The account's under my son, ${N('Gage Caudill')}. You can call me after ${T('4:30', 'four thirty')} at ${PH('740-555-0133', 'seven four oh, five five five, oh one three three')}.`,

  `Hi, this is ${N('Fartun Warsame')}. I have new baby, ${N('Ilhan')}, born ${D('July 29th', 'july twenty ninth')}. I want to put her with the Buckeye, her member number is ${H('U70428819', 'u seven oh four two eight eight one nine')}. She have appointment next week for the two month, no, one month. Please call ${PH('614-555-0116', 'six one four, five five five, zero one one six')}. Thank you.`,

  `Hey, it's ${N('Kayla Mullins')}. The daycare sent ${N('Braxton')} home with pinkeye, both eyes are goopy this morning. Do I need to bring him in or can you call something in? They won't let him back without a note or ${T('24', 'twenty four')} hours on drops. CVS in Lancaster. ${PH('740-555-0140', 'seven forty, five five five, oh one forty')}.`,

  `Hi, um, my name is ${N('Zoe Pennington')}, I'm ${T('17', 'seventeen')}. I'm a patient of ${P('Dr. Lindqvist')}. I wanted to ask about, um, birth control, and I'd rather you not call the house, can you text or call my cell, ${PH('614-555-0151', 'six one four five five five zero one five one')}, or email me at ${E('zoe.penn08@icloud.com', 'zoe dot penn zero eight at icloud dot com')}? Thanks.`,

  `Yes, this is ${N('Gary Rittenhouse')}, birth date ${D('5/22/1961', 'five twenty two sixty one')}. I need my lisinopril refilled, the ${T('20 milligram', 'twenty milligram')}, and my atorvastatin. I switched to the Meijer in Grove City, not the one on Broad anymore. ${PH('614-555-0167', 'six one four, five five five, oh one six seven')}. Thanks much.`,

  `Hi, my name is ${N('Nadia Haile')}, I'm a new nursing student at Ohio State and the program needs a ${T('2-step', 'two step')} TB test and proof of my hep B series by ${D('September 2nd', 'september second')}. I had the shots as a kid but I don't have the record. My birthday is ${D('June 14th, 2005', 'june fourteenth two thousand five')}. Email is ${E('haile.41@osu.edu', 'haile dot four one at o s u dot e d u')}. Thank you!`,

  `Hi, it's ${N('Jen Sturgill')}, mom of ${N('Emma Sturgill')}. Band camp at Olentangy Liberty starts Monday and they need a physical form, I think she had her well visit in March, so can you just fill out the form from that? Her birthday's ${D('10/10/2009', 'ten ten oh nine')}. ${PH('740-555-0103', 'seven four oh, five five five, oh one oh three')}. Thanks so much.`,

  `Hi, this is ${N('Rhonda Stacy')}, I'm calling about my grandmother, ${N('Marion Stacy')}. She's ${AG('ninety-two', 'ninety two')} and she lives with us now in ${AD('Sunbury')}, so I need her address changed and her pills sent to the Kroger here. The new address is ${AD('88 Cherry Street, Sunbury, 43074', 'eighty eight cherry street sunbury four three zero seven four')}. ${P('Dr. Feldhaus')} is her doctor. Call me at ${PH('740-555-0161', 'seven four oh, five five five, oh one six one')}.`,

  `Hola, my name is ${N('Juan Carlos Ramírez')}. I need the form for the WIC for my baby ${N('Valentina')}, they need the weight and the blood, the hemoglobin. The appointment at WIC is ${D('August 28', 'august twenty eight')}. Her birthday is ${D('February 9, 2024', 'february nine twenty twenty four')}. My number is ${PH('614-555-0185', 'six one four, five five five, zero one eight five')}. Thank you.`,

  `Hi, this is ${N('Angela Fry')}, I'm a foster mom in ${AD('Newark')}, through Licking County. I just got a sibling group, three boys, and the caseworker said to call you to get them in within the week. ${N('Tyler')}, ${N('Jace')} and ${N('Kash Honaker')}. ${N('Tyler')} is ${D('8/1/2013', 'eight one thirteen')}, ${N('Jace')} is ${D('12/5/2015', 'twelve five fifteen')}, ${N('Kash')} is ${D('3/9/2019', 'three nine nineteen')}. Caseworker is Ms. ${N('Bell')}, ${N('Brianna Bell')}, ${PH('740-555-0195', 'seven four oh, five five five, oh one nine five')}. I'm ${PH('740-555-0196', 'seven four oh, five five five, oh one nine six')}. Thanks.`,

  `Hi, this is ${P('Toni')} calling from LabCorp on Olentangy River Road. We have a result on a capillary lead for ${N('Jasmine Pruitt')}, date of birth ${D('5/6/2023', 'five six twenty twenty three')}, ordered by ${P('Dr. Amadi')}. It's ${T('7', 'seven')} micrograms per deciliter, which is above the reference range, so we're calling it in. Callback is ${PH('614-555-0100', 'six one four five five five oh one hundred')}, reference number ${T('44', 'forty four')}. Thanks.`,

  `Hello, my name is ${N('Prem Tamang')}. I start new job at the warehouse and they need TB test paper. My birthday is ${D('3/15/1990', 'three fifteen nineteen ninety')}. Can I come in tomorrow? I am off work. My number ${PH('614-555-0124', 'six one four five five five zero one two four')}. ${N('Prem Tamang')}, ${N('T-A-M-A-N-G')}. Thank you.`,

  `Hi, it's ${N('Lisa Oberholtzer')}. ${N('Grace')} had the rapid strep on Friday and it was negative and they said they'd send it out for the culture. Did that come back? Her chart number is ${M('3318470', 'three three one, eight four seven oh')}. She's still got a sore throat. ${PH('614-555-0168', 'six one four, five five five, oh one six eight')}.`,

  `Hi, this is Stericycle calling to confirm your sharps pickup on Thursday between ${T('8', 'eight')} and noon. No need to call back unless you need to reschedule. Thank you.`,

  `Hi, this is ${N('Megan Weatherholt')}. ${N('Lucas')} started the Singulair about a month ago for his asthma and he's been having really bad nightmares, and he's been so angry, it's not like him. I read that it can do that. Can ${P('Dr. Baumgartner')} call me about switching? His birthday's ${D('1/27/2017', 'one twenty seven seventeen')}. ${PH('380-555-0134', 'three eight oh five five five oh one three four')}. Thanks.`,

  `Yeah, hi, it's ${N('Bobby Joe Slone')}, my grandson ${N('Kaden')} stuck a bead up his nose and we can't get it out. He's breathing fine. Should we just go to Children's or can y'all do it? I'm at ${PH('740-555-0102', 'seven four oh, five five five, oh one oh two')}.`,

  `Hello, this is ${N('Dmitri Voloshyn')}, I am bus driver for COTA, and I need the medical card form signed, they sent me a paper. My birthday is ${D('April 2nd, 1979', 'april second nineteen seventy nine')}. Please call ${PH('614-555-0152', 'six one four, five five five, oh one five two')}. Thank you.`,

  `Hi, this is ${N('Becky Rawlins')}, I need a copy of ${N('Hadley')}'s shot record mailed to me, we don't have a printer. Mail it to ${AD('227 West Main Street, Baltimore, Ohio 43105', 'two twenty seven west main street baltimore ohio four three one oh five')}. Her birthday is ${D('7/22/2016', 'seven twenty two sixteen')}. Thank you.`,

  `Hi, this is ${N('Shawn Pollard')}. We live in ${AD('London')}, over in Madison County, and my wife says you're taking new patients. We have Medical Mutual through her work. My member ID is ${H('MMO448102376', 'm m o four four eight one oh two three seven six')}. There's four of us. Give me a call, ${PH('740-555-0107', 'seven four oh, five five five, oh one oh seven')}.`,

  `Hi, this is ${N('Destiny Moten')}. My daughter ${N('London')} needs her hearing and vision check for preschool, and the preschool form. Her birthday is ${D('June 30th, 2021', 'june thirtieth twenty twenty one')}. Do you have anything Friday? ${PH('614-555-0181', 'six one four five five five oh one eight one')}.`,

  `Hi, it's ${N('Angie')} again, ${N('Angie Loveless')}. I called yesterday about the CareSource thing. Ohio Benefits sent a letter that ${N('Wyatt')} got moved to Molina, so his new member ID is ${H('MOL00918274', 'm o l zero zero nine one eight two seven four')}. His appointment is on the ${D('28th', 'twenty eighth')} so I didn't want it to get denied. ${PH('740-555-0114', 'seven four zero, five five five, zero one one four')}.`,

  `Hello, yes, my name is ${N('Sahra Jama')}. That's ${N('J as in John, A, M as in Mary, A')}. My son ${N('Khadar')} has the ear pain again, both ears, and he cry all night. He is ${T('3', 'three')}. Please, today appointment. ${PH('614-555-0137', 'six one four, five five five, oh one three seven')}.`,

  `Hi, it's ${N('Harold Caldwell')}. I'm raising my grandkids and I'm on Medicare myself, and I'm due for my own checkup, so while I'm bringing them for their physicals could I get seen too? My Medicare number is ${H('2QF7-MK4-WT58', 'two q f seven m k four w t five eight')}. Date of birth ${D('11/11/1955', 'eleven eleven fifty five')}. ${PH('937-555-0126', 'nine three seven, five five five, oh one two six')}.`,

  `Hey, this is ${N('Ashley Greer')}. I got a call from the daycare, ${N('Zaylee')} has lice. Do y'all treat that or do I just get the stuff at the store? And she can't go back till she's checked. Call me back, ${PH('614-555-0119', 'six one four, five five five, oh one nineteen')}. Thanks.`,

  `Hi, ${N('Tom Gallagher')}, calling about ${N('Sean')}. He's been on the amoxicillin, the ${T('875', 'eight seventy five')}, twice a day, since Thursday for the ear infection and he's still got a fever and now he's got a rash on his chest. Is he allergic or what? ${PH('614-555-0144', 'six one four, five five five, oh one four four')}. Birthday ${D('May 1st, 2012', 'may first twenty twelve')}.`,

  `Hi, this is ${N('Laura Eckenrode')}, calling about ${N('Noah')}. His Concerta was bumped up to ${T('36', 'thirty six')} in June and he's just not eating, he's lost like ${T('4', 'four')} pounds over the summer. He's ${T('72', 'seventy two')} pounds now. I want to talk to ${P('Dr. Varghese')} before school starts on whether we drop back to ${T('27', 'twenty seven')}. His birthday is ${D('8/19/2015', 'eight nineteen twenty fifteen')}. ${PH('614-555-0148', 'six one four, five five five, oh one four eight')}.`,

  `Hi, this is ${P('Kelsey')} from the intake office at Nationwide Children's Behavioral Health. We got a referral for ${N('Aiden Workman')}, but we can't reach the family. The number on the referral is ${PH('740-555-0188', 'seven four oh, five five five, oh one eight eight')} and it's disconnected. Could you check for an updated number and call us back at ${PH('614-555-0194', 'six one four, five five five, oh one nine four')}? Thank you.`,

  `Good afternoon, this is ${P('Tasha')} from Smile Kids Pediatric Dentistry. We have a patient of yours, ${N('Mia Castillo')}, ${D('12/12/2013', 'twelve twelve thirteen')}, and the mom mentioned a heart murmur. We need a note from ${P('Dr. Okonkwo')} on whether she needs antibiotics before her cleaning on ${D('September 8th', 'september eighth')}. Our fax is ${PH('614-555-0195', 'six one four, five five five, oh one nine five')}. Thanks!`,

  `Hi, um, I just had a question about the HPV shot, my daughter is ${T('11', 'eleven')} and I got a paper saying she's due. Is that required for school or not? I'll call back, I'm on my break. Thanks.`,

  `Hi, this is ${P('Vicki Dunlap')}, nurse at Fairwood Elementary, Columbus City Schools. We did vision screening and ${N('Malik Jefferson')}, ${T('3rd', 'third')} grade, failed in both eyes. We sent a referral home but Mom, Ms. ${N('Jefferson')}, said she'd rather you refer him to eye care. Her number is ${PH('614-555-0138', 'six one four, five five five, oh one three eight')}. Thank you.`,

  `Hey, this is Coach ${N('Danielle')} with the Westerville North cheer program. We've got about ${T('20', 'twenty')} girls that still need physicals before the ${D('29th', 'twenty ninth')}, and a lot of them go to y'all. Is there any way you can do a Saturday clinic? Call me at ${PH('614-555-0153', 'six one four, five five five, oh one five three')}. Thank you!`,

  `Hi, it's ${N('Corinne Hoskins')}. ${N('Eli')}'s going to Camp Ohio next week and they need the EpiPen form signed and two new EpiPens, the junior ones. The old ones expire in September. Pharmacy's the CVS on Cleveland Avenue in Westerville. ${PH('614-555-0173', 'six one four five five five oh one seven three')}. Thank you!`,

  `Hi, this is ${N('Paul Ngata')}, chart number ${M('204518', 'two oh four five one eight')}, date of birth ${D('06/04/09', 'oh six oh four oh nine')}. I'm calling about my results from last week. Please call me back, ${PH('614-555-0127', 'six one four five five five, oh one two seven')}.`,

  `Hi, this is ${N('Jessica Barnhart')}, I need ${N('Colby')}'s physical form for football, you can call me at ${T('614-555-016... no, wait,', 'six one four five five five oh one six no wait')} ${PH('614-555-0136', 'six one four five five five oh one three six')}. Sorry. Birthday ${D('4/20/2011', 'four twenty eleven')}. Thanks.`,

  `Hi, this is ${N('Darius Hill')}. I'm calling because I got a statement but I already paid it online on the ${D('10th', 'tenth')}. Account ${AC('7730-1452', 'seven seven three oh, one four five two')}. Could you email me a receipt, ${E('dhill.columbus@yahoo.com', 'd hill dot columbus at yahoo dot com')}? Thanks.`,

  `Yes, hi, this is ${N('Patricia Greenlee')}, I'd like to pay the ${T('$65', 'sixty five dollars')} for the forms and the visit. Mastercard, ${C('5412 7734 0098 2164', 'five four one two, seven seven three four, double oh nine eight, two one six four')}, expiration ${T('03/28', 'oh three twenty eight')}, and the code is on the back, ${T('417', 'four one seven')}. The account is under my granddaughter ${N('Amiyah Greenlee')}. ${PH('614-555-0176', 'six one four, five five five, oh one seven six')}.`,

  `It's ${N('Tammy')}. Call me back. ${PH('740-555-0186', 'seven four oh five five five oh one eight six')}.`,

  `Hey, it's me again, never mind about the form, my husband found it in the car. Sorry. Bye.`,

  `Hello, this is ${N('Akua Frimpong')}, I'm calling for travel shots for me and my two kids, we are going to Ghana to visit my mother and we leave ${D('December 14th', 'december fourteenth')}. They need the yellow fever and the typhoid I think. The kids are ${N('Adwoa')} and ${N('Kwabena Frimpong')}. Please call ${PH('614-555-0117', 'six one four, five five five, zero one one seven')}. Thank you.`,

  `Hello, my name is ${N('Ganga Ghimire')}. My daughter-in-law ask me to call. We need the records of the vaccines from when we came in ${T('2009', 'two thousand nine')}, from the refugee health, for my grandson ${N('Bishal Ghimire')}, birthday ${D('2/4/2008', 'two four two thousand eight')}. He go to college now. My phone ${PH('614-555-0154', 'six one four, five five five, zero one five four')}.`,

  `Hi, this is ${N('Sharon Tackett')}. My mother-in-law, ${N('Ruby Tackett')}, is gonna be ${AG('100', 'a hundred')} in October, can you believe it, and she's still sharp as a tack. She needs her flu shot and her blood pressure pill, the amlodipine. She lives with us at ${AD('4471 Ashville Pike, Circleville', 'forty four seventy one ashville pike circleville')}. My number's ${PH('740-555-0174', 'seven four oh, five five five, oh one seven four')}.`,

  `Hi, my name is ${N('Chris Vance')}. I'm calling about my stepdaughter, ${N('Peyton')}, her mom and I are divorced and I'm not sure I'm on her paperwork. I just want to know what I need to sign so I can bring her to appointments. ${PH('614-555-0189', 'six one four, five five five, oh one eight nine')}.`,

  `Hi, this is ${N('Monique Ellison')}, I'm calling to add my son ${N('Isaiah')} to my insurance on file, we have the AmeriHealth Caritas now. His ID is ${H('5501 2847 7390', 'five five oh one, two eight four seven, seven three nine oh')}. Birthday ${D('January 3rd, 2019', 'january third twenty nineteen')}. ${PH('380-555-0119', 'three eight oh, five five five, oh one one nine')}.`,

  `Hi, yeah, this is ${N('Brent Kessler')}, uh, I pressed ${T('4', 'four')} for billing and it said extension ${T('240', 'two forty')} but nobody picked up. I just have a question about whether my HSA card works there. Call me at ${PH('614-555-0135', 'six one four, five five five, oh one three five')}.`,

  `Hi, it's ${N('Cheyenne Fugate')}. We're staying with my sister for a while, so can you update my address to ${AD('3315 Cleveland Avenue, Apartment 12, Columbus', 'thirty three fifteen cleveland avenue apartment twelve columbus')}? It's for me and the baby, ${N('Kinsley')}. My phone's the same, ${PH('614-555-0112', 'six one four five five five oh one one two')}.`,

  `Hi, this is ${N('Rachel Dombrowski')}, I'm the director at Little Sprouts Learning Center. One of our families, the ${N('Okafor')} family, said you'd fax their daycare enrollment form for ${N('Chidi Okafor')}. We haven't got it yet. Our fax is ${PH('614-555-0182', 'six one four five five five oh one eight two')}. Thanks!`,

  `Hi, this is ${N('Steve Hargrove')}, calling about my dad, ${N('Walter Hargrove')}. He's got dementia and he's been more agitated this week, not sleeping, he's ${T('84', 'eighty four')}. He's a patient of ${P('Dr. Kessler')}. His birthday is ${D('3/3/1941', 'three three forty one')}. Please call me, ${PH('614-555-0157', 'six one four, five five five, oh one five seven')}.`,

  `Buenos días, my name is ${N('Jesús Ochoa')}. My son ${N('Diego Ochoa')} need the physical for the soccer at Hilliard Bradley. His birthday is ${D('9/17/2010', 'nine seventeen two thousand ten')}. He is ${T('14', 'fourteen')}, no, ${T('15', 'fifteen')} now. My number is ${PH('614-555-0161', 'six one four, five five five, cero one six one')}, sorry, zero. Thank you.`,

  `Hi, this is ${P('Andre')} at the CVS on Broad and James. I've got a prior authorization rejection from CareSource on the Vyvanse for ${N('Javon Lattimore')}, date of birth ${D('6/2/2014', 'six two twenty fourteen')}. They want the PA submitted through CoverMyMeds. Our number is ${PH('614-555-0169', 'six one four five five five oh one six nine')}. Thanks.`,

  `Hi, it's ${N('Kristen Albaugh')}. ${N('Lily')} has these red spots on her hands and in her mouth and the daycare says there's hand, foot and mouth going around. Do we need to come in or does it just run its course? She's ${T('2', 'two')}. ${PH('614-555-0130', 'six one four five five five oh one three oh')}.`,

  `Hello, this is ${N('Maria José Lozano')}. My daughter ${N('Citlali')}, she is ${T('11', 'eleven')}, she weigh ${T('65', 'sixty five')} pounds and the school nurse say she is very small for her age. I want the doctor to check. Her birthday ${D('14 de febrero del 2014', 'catorce de febrero del dos mil catorce')}. Phone ${PH('614-555-0118', 'six one four, five five five, zero one one eight')}.`,

  `Hi, this is ${N('Kyle Bender')}, my son ${N('Ethan Bender')}, birthday ${D('09/04/09', 'oh nine oh four oh nine')}, needs his physical for cross country. Give me a call, ${PH('380-555-0132', 'three eighty, five five five, oh one thirty two')}.`,

  `Hi, this is ${N('Tiffany Crabtree')}. I lost ${N('Ryleigh')}'s vaccine card, the one with her COVID shots, and she needs it for the, um, the trip with school. Can you print one off? Her birthday is ${D('October 22nd, 2010', 'october twenty second twenty ten')}. I'll come pick it up. ${PH('740-555-0148', 'seven four oh, five five five, oh one four eight')}.`,

  `Hi, this is ${P('Dr. Fenwick')} at OhioHealth Urgent Care in Pickerington. I saw a patient of yours last night, ${N('Tyrese Cole')}, ${T('7', 'seven')}-year-old, for a forearm buckle fracture. He's splinted and needs to see ortho this week. Just letting ${P('Dr. Amadi')} know. I can be reached at ${PH('614-555-0101', 'six one four, five five five, oh one oh one')}. Thanks.`,

  `Hi, this is ${N('Heather Vance')}, I changed my email, so I'm not getting the portal messages for my kids. The new one is ${E('heathervance.oh@gmail.com', 'heather vance dot o h at gmail dot com')}. Kids are ${N('Mason')} and ${N('Mila Vance')}. Thanks!`,

  `Hi, good morning. This is ${N('Cynthia Obeng')}, I foster through Franklin County. I have a new placement, ${N('Amari Thompson')}, date of birth ${D('9/1/2017', 'nine one twenty seventeen')}, and the county gave me his social for the Medicaid paperwork, it's ${SS('389-02-1176', 'three eight nine, oh two, one one seven six')}. He needs his initial physical. ${PH('614-555-0125', 'six one four, five five five, oh one two five')}.`,

  `Yes, hi, this is ${N('Nikki Spurlock')}. ${N('Jaxon')}'s nebulizer from the medical supply company quit working and they said they need a new order from the doctor, and the serial number of the old one, which is ${DV('PN-4471820', 'p n four four seven one eight two oh')}. Birthday ${D('1/9/2020', 'one nine twenty twenty')}. ${PH('740-555-0156', 'seven four oh five five five oh one five six')}.`,

  `Hi, I'm calling about my son's physical. He needs the form for football and the coach wants it Monday. Oh, my name is, uh, ${N('Joanne Ritchey')}, ${N('R-I-T-C-H-E-Y')}. Son is ${N('Dalton')}. ${PH('740-555-0191', 'seven four oh, five five five, oh one nine one')}. Thank you.`,
  `Hello, my name is ${N('Sunita Limbu')}, I live in ${AD('Whitehall')}. My mother-in-law ${N('Bishnu Maya Subba')} is patient there, she have Molina, member number ${H('MOL30472618', 'm o l three oh four seven two six one eight')}. She need the blood pressure check and the medicine. She speak Nepali only, so please bring the interpreter. My number is ${PH('614-555-0123', 'six one four, five five five, zero one two three')}. Thank you.`,

  `Hi, um, it's ten o'clock at night, I know you're closed, but my baby is ${T('6', 'six')} weeks old and she has a temperature of ${T('100.8', 'a hundred point eight')} rectal. Is there an on-call nurse? I'm ${N('Morgan Tuttle')}, baby is ${N('Everly')}. ${PH('614-555-0146', 'six one four, five five five, oh one four six')}. Please call.`,

  `Hi, this is ${N('Lakisha Pryor')}, ${N('Jordan')}'s mom. His school is doing a ${T('504', 'five oh four')} plan for the ${T('ADHD', 'a d h d')} and his teacher, Mrs. ${N('Kaminski')}, asked for a letter from the doctor with the diagnosis. Could you email it to me? ${E('lakisha.pryor@outlook.com', 'lakisha dot pryor at outlook dot com')}. His birthday is ${D('12/1/2014', 'twelve one twenty fourteen')}. Thanks.`,

  `Hello, this is ${P('Deb')}, pharmacy tech at the Walgreens on Maple Avenue in Zanesville. We got a script for ${N('Zane Hupp')}, albuterol, but the quantity is for one inhaler and mom is asking for two, one for school. Could we get an okay on two? Call us at ${PH('740-555-0110', 'seven four oh, five five five, oh one one oh')}. Thanks.`,

  `Hi, this is ${N('Vanessa Cordero')}, my twins are due for their ${T('4', 'four')} year checkup, ${N('Mateo')} and ${N('Luna Cordero')}, both ${D('September 5th, 2021', 'september fifth twenty twenty one')}, obviously. Could we get back to back appointments? ${PH('614-555-0160', 'six one four, five five five, oh one six oh')}. Thanks!`,

  `Hey, it's ${N('Travis Keener')}. We're moving to ${AD('Springfield')} at the end of the month for my job and we're going to switch to a doctor over there with Kettering Health. Can you send ${N('Aubrey')} and ${N('Maddox')}'s records to them? I'll fill out whatever. ${PH('937-555-0113', 'nine three seven, five five five, oh one one three')}.`,

  `Yeah, this is ${N('Dolly Ison')} from ${AD('Chillicothe')}, I'm callin' about my grandbaby ${N('Kinley Ison')}, she's got the Medicaid, the number is ${H('107736250418', 'one oh seven seven three six, two five oh four one eight')}. She's had a earache two days and I'd like to bring her in, I can't drive up there till my daughter gets off at ${T('3', 'three')}. ${PH('740-555-0165', 'seven four oh, five five five, oh one sixty five')}.`,

  `Hi, this is ${N('Ahmed Nur')}, my patient ID on the portal is ${M('CHP-0048213', 'c h p zero zero four eight two one three')}, and my email changed to ${E('ahmednur614@gmail.com', 'ahmed nur six one four at gmail dot com')}. I need to reset the login. Thank you.`,

  `Hi, this is ${N('Kimberly Stanton')}. I work for Nationwide and we have UnitedHealthcare through work, and they denied the claim for ${N('Ella')}'s allergy testing. Member ID is ${H('921847730', 'nine two one, eight four seven, seven three oh')}, and the claim number on the denial is ${AC('2025H7740193', 'twenty twenty five h seven seven four oh one nine three')}. Can billing see if it was coded wrong? ${PH('614-555-0142', 'six one four, five five five, oh one four two')}, extension ${T('0', 'zero')}... no, just the cell. Thanks.`,

  `Hello, this is ${P('Brooke')} from Select Physical Therapy in Gahanna, calling for a patient of ${P('Dr. Lindqvist')}, ${N('Quinn Abernathy')}. Her plan of care runs out ${D('August 30th', 'august thirtieth')} and we need a signed renewal to keep seeing her. Fax ${PH('614-555-0197', 'six one four, five five five, oh one nine seven')}. Thanks so much.`,

  `Hi, I just wanted to say thank you to the nurse who gave my son his shots this morning, he was so scared and she was wonderful with him. That's all. Have a good day.`,

  `Hi, this is ${N('Ashley Hackworth')}, birthday ${D('April 9th, 1991', 'april ninth nineteen ninety one')}. I've got ${N('Carter')}'s well check on ${D('Monday, August 25th', 'monday august twenty fifth')}, and I was wondering if I could get my pap done the same day with ${P('Dr. Shrestha')}. My number is ${PH('614-555-0170', 'six one four, five five five, oh one seventy')}, or my work, ${PH('614-555-0171, extension 2204', 'six one four five five five oh one seven one, extension twenty two oh four')}.`,

  `Hi, we live in ${AD('Zanesville')} and my son ${N('Gavin')} has a sports physical with you on the ${D('21st', 'twenty first')}, but his dad has the truck that day, so can we move it to the ${D('22nd', 'twenty second')}? This is ${N('Misty Wolfe')}. ${PH('740-555-0125', 'seven four oh, five five five, oh one two five')}.`,

  `Hello, I'm calling for my mom, ${N('María Elena Villalobos')}, I'm her daughter ${N('Karla')}, I'm translating for her. She had the diabetes check last week and she wants to know if the doctor changed the insulin dose, she's taking ${T('22', 'twenty two')} units of the Lantus at night. Her birthday is ${D('8/8/1968', 'eight eight sixty eight')}. You can call me, ${PH('614-555-0150', 'six one four, five five five, oh one five oh')}. Thank you.`,

  `Hi, this is ${P('Kathy Ruehle')}, the nurse at St. Andrew School in Upper Arlington. I need shot records for ${N('Theo Marchetti')} and ${N('Ana Sofia Marchetti')}, they're new to us this year. Mom signed the release last week. You can email them to me at ${E('kruehle@standrew-ua.org', 'k ruehle at st andrew dash u a dot org')}. Thanks so much.`,

  `Hi, it's ${N('Bryce Whitaker')}. My daughter ${N('Scarlett')} fell off the trampoline and her wrist is swollen, she can move her fingers. Do you have anything this afternoon or should we go to urgent care? Birthday ${D('2/14/2016', 'february fourteenth twenty sixteen')}. ${PH('380-555-0141', 'three eight oh five five five oh one four one')}.`,

  `Hi, this is ${N('Hamdi Farah')}, ${N('F-A-R-A-H')}. I want to cancel the appointment for my son ${N('Abdullahi')} tomorrow at ${T('9:15', 'nine fifteen')}, he is better now. Thank you.`,
];
