/**
 * Blind held-out PHI gold set 20: ordinary voicemails left for US practices of many specialties (dermatology,
 * pediatrics, cardiology, orthopedics, OB/GYN, family medicine, ENT, allergy, GI, endocrinology, podiatry,
 * psychiatry, eye care, urology, sleep, oncology, neurology, physical therapy). Refills, appointments, results,
 * forms, billing, referrals, insurance changes, caregivers. About a third of callers say where they live and
 * about a third read out an email address or a link of their own. Written by a helper who did not see the
 * detector; every name, number and link is invented.
 *
 * Conventions chosen where the dev corpus is silent:
 * - URL: the whole link as read out (domain through path) is one URL span; a name inside a link or an email
 *   is not labelled again as NAME. Spoken links say "dot", "slash", "dash", "underscore" as callers do.
 * - ADDRESS: the patient's or caller's home, including a former home mentioned in a move ("we moved from
 *   Dayton") and a town alone when it is where they live. A town or street naming a pharmacy, clinic or
 *   school is not ADDRESS.
 * - A name spelled letter by letter ("P-E-T-T-A-W-A-Y") is its own NAME span.
 * - Pets, insurers, pharmacies, schools, employers and the practice itself are not PHI.
 */
import { dg } from './heldout-blind2-words.ts';

const m = (t: string, w: string, s?: string): string => (s === undefined ? `«${t}|${w}»` : `«${t}|${w}|${s}»`);
const N = (w: string, s?: string): string => m('NAME', w, s);
const DR = (w: string, s?: string): string => m('PROVIDER', w, s);
const D = (w: string, s?: string): string => m('DATE', w, s);
const PH = (w: string, s: string = dg(w)): string => m('PHONE', w, s);
const E = (w: string, s: string): string => m('EMAIL', w, s);
const U = (w: string, s: string): string => m('URL', w, s);
const A = (w: string, s?: string): string => m('ADDRESS', w, s);
const AGE = (w: string, s: string): string => m('AGE', w, s);
const ID = (t: string, w: string, s: string = dg(w)): string => m(t, w, s);
const T = (w: string, s: string): string => `‹${w}|${s}›`;

export const BLIND20_MESSAGES: string[] = [
  // 0 dermatology refill, spelled surname
  `Hi, good afternoon, it's ${N('Gloria Pettaway')}, that's ${N('P-E-T-T-A-W-A-Y')}, calling for ${DR('Dr. Ansari')}'s nurse. I'm almost out of the tretinoin cream, the ${T('0.05%', 'point oh five percent')}, and the pharmacy filled the small tube again. My birthday is ${D('June 9th, 1974', 'june ninth nineteen seventy four')}. You can call me at ${PH('414-287-6630')}.`,
  // 1 pediatrics, dad, sports form, moved
  `Hey there, this is ${N('Marcus Odell')}, I'm ${N('Kayden')}'s dad. He needs his sports physical form signed before tryouts and his checkup is ${D('Thursday, March 12th', 'thursday march twelfth')}. Also we moved over the summer, the new address is ${A('2207 Wren Hollow Court, Bel Air, Maryland 21015', 'twenty two oh seven wren hollow court bel air maryland two one oh one five')}, so please update his chart. My cell is ${PH('443-610-2958', 'four four three six one oh twenty nine fifty eight')}.`,
  // 2 cardiology, returned monitor
  `This message is for ${DR('Dr. Kowalczyk')}'s office. My name is ${N('Denise Albright')} and I mailed back the heart monitor on Friday. The serial on the back was ${ID('DEVICE', 'ZP4471902', 'z p four four seven one nine oh two')} in case it doesn't show up. I'd like to know when the results are in. Thanks, ${PH('(608) 355-0174', 'six oh eight three five five zero one seven four')}.`,
  // 3 no PHI, office hours question
  `Hi, I just wanted to know if you're open the Friday after Thanksgiving, and whether you do walk-in flu shots or I need an appointment. I'll try calling back tomorrow morning. Thanks.`,
  // 4 orthopedics, caregiver, shared folder link
  `Hello, this is ${N('Priya Raman')} calling about my father, ${N('Venkat Raman')}, date of birth ${D('2/14/1941', 'two fourteen nineteen forty one')}. He had his knee replaced with ${DR('Dr. Hollis')} on ${D('October 28th', 'october twenty eighth')} and the incision looks a bit red. I took pictures and put them in a shared folder, it's ${U('drive.google.com/drive/folders/venkatknee', 'drive dot google dot com slash drive slash folders slash venkat knee')}. Please call me at ${PH('919-402-7736')}.`,
  // 5 billing, account number, email
  `Hi, this is ${N('Travis Kettleman')}. I got a bill for ${T('$240', 'two hundred forty dollars')} for a visit my insurance should have covered. The account number on the statement is ${ID('ACCOUNT', '30058127', 'three double oh five eight one two seven')}. Could somebody email me an itemized copy at ${E('tkettleman@protonmail.com', 't kettleman at proton mail dot com')}? Thank you.`,
  // 6 OB, appointment change
  `Good morning, it's ${N('Ashley Nguyen-Baptiste', 'ashley nguyen baptiste')}, I'm about thirty weeks along and I have my glucose test scheduled for ${D('Monday the 16th', 'monday the sixteenth')} but I have to work. Is there anything later in the week? My number is ${PH('702.881.4409', 'seven oh two eight eight one four four oh nine')}. Thank you.`,
  // 7 family medicine, insurance change
  `Hi, ${N('Ron Gibbs')} here. Just letting you know I switched jobs and I'm on Aetna now instead of Cigna. New member ID is ${ID('HEALTH_PLAN_ID', 'W219384057', 'w two one nine three eight four oh five seven')}. I've got an appointment with ${DR('Dr. Mendez')} next week so I wanted it on file before then. Call me at ${PH('503-226-9180', 'five oh three two two six nine one eight oh')} if you need the card.`,
  // 8 ENT, spoken email, town
  `Hello, my name is ${N('Eleanor Voss')}. I was referred by my family doctor for the ringing in my ears and I haven't heard from anyone about scheduling. I live out in ${A('Chesterton')}, so mornings are easier with the drive. You can email me at ${E('eleanor.voss52@gmail.com', 'eleanor dot voss fifty two at gmail dot com')} or call ${PH('219-926-3318', 'two one nine nine two six thirty three eighteen')}.`,
  // 9 allergy, shots
  `Hi, this is ${N('Jordan Pike')}, I get my allergy shots on Tuesdays and Thursdays. I'm going to miss the next two because of a trip, is that going to mess up my dose? My birthday is ${D('11/3/1990', 'eleven three nineteen ninety')}. Call me back at ${PH('515-778-0342', 'five one five seven seven eight oh three four two')}, thanks.`,
  // 10 GI, prep questions, no number
  `Hi, this is ${N('Harold Brandt')}. My colonoscopy is ${D('December 4th', 'december fourth')} with ${DR('Dr. Okonkwo')} and I lost the prep instructions. Do I start the clear liquids the day before or two days before? I take metformin, five hundred, twice a day, do I hold that? I'll call back this afternoon.`,
  // 11 endocrinology, insulin pump serial
  `Hey, it's ${N('Kelsey Marchetti')}. My insulin pump started giving an occlusion alarm over and over and the company needs a note from ${DR('Dr. Feldman')} before they'll ship a replacement. The pump serial number is ${ID('DEVICE', 'NG1183572H', 'n g one one eight three five seven two h')}. My date of birth is ${D('April 30th, 1988', 'april thirtieth eighty eight')}. Best number is ${PH('614-209-5571')}.`,
  // 12 podiatry, caregiver, very old mother
  `Yes, hi, I'm calling for my mother, ${N('Ida Kowalski')}. She's ${AGE('93', 'ninety three')} and she needs her toenails trimmed again, she can't do it herself anymore. She lives at ${A('47 Orchard Street, Apartment 3B, Pittsfield', 'forty seven orchard street apartment three b pittsfield')} and she can't drive, so if you do home visits let me know. I'm her daughter ${N('Carol')}, ${PH('413-442-8065', 'four one three four four two eight zero six five')}.`,
  // 13 psychiatry, refill
  `Hi, this is ${N('Devon Ashby')} for ${DR('Dr. Lindqvist')}. I need a refill on the sertraline, the ${T('100', 'hundred')} milligram, the pharmacy said they sent a request Monday but nothing yet. I've got about three days left. Thanks, my number is ${PH('971-350-2286', 'nine seven one three five oh twenty two eighty six')}.`,
  // 14 eye care, glasses prescription by email
  `Hi, my name is ${N('Lucia Ferreira')}, I had an eye exam with ${DR('Dr. Stavros')} on ${D('September 22nd', 'september twenty second')}. I'm ordering glasses online and I need a copy of the prescription with the pupil distance. Could you send it to ${E('lucia_ferreira@yahoo.com', 'lucia underscore ferreira at yahoo dot com')}? Thanks so much.`,
  // 15 urology, results
  `Good afternoon, ${N('Walter Higgins')} calling. I had the PSA drawn last week and nobody called me with it. Date of birth ${D('January 7th, 1952', 'january seventh nineteen fifty two')}, medical record number ${ID('MRN', 'MR2290471', 'm r two two nine oh four seven one')}. Home phone is ${PH('757-488-1903', 'seven five seven four eight eight one nine oh three')}.`,
  // 16 sleep, CPAP
  `Hi, this is ${N('Bernadette Shaw')}. My CPAP machine is making a rattling noise and the supply company said I need to go through your office. The serial is ${ID('DEVICE', 'RS22190448731', 'r s two two one nine oh four four eight seven three one')}. It's a ResMed. You can reach me at ${PH('330-762-5514')} after ${T('3', 'three')}.`,
  // 17 oncology, caregiver, care page
  `Hello, this is ${N('Naomi Fields')}, I'm ${N('Gary Fields')}'s wife. He's on the chemo schedule with ${DR('Dr. Adeyemi')} and his next infusion is ${D('the 19th', 'the nineteenth')}. He's had a fever of about a hundred since last night. We post updates for family at ${U('caringbridge.org/visit/garyfields', 'caring bridge dot org slash visit slash gary fields')} if the nurse wants to see his log. Please call ${PH('216-931-4470')}.`,
  // 18 neurology, referral
  `Hi, I'm calling from home, my name's ${N('Tomasz Nowak')}. My primary care sent a referral over for headaches, I think it was ${D('November 2nd', 'november second')}. I'd like to get on the schedule with ${DR('Dr. Reinholt')} if possible. I'm at ${PH('773-505-6129', 'seven seven three five oh five six one two nine')}.`,
  // 19 PT, short
  `Hey, this is ${N('Jess Carrow')}, I have PT at ${T('4:15', 'four fifteen')} today and I'm stuck in traffic, I'll be about fifteen minutes late. Sorry!`,
  // 20 billing, card payment
  `Hi, this is ${N('Monique Tate')} returning a call about a balance. I want to pay it over the phone, the card is ${ID('CARD', '4992 7775 6829 1731', 'four nine nine two seven seven seven five six eight two nine one seven three one')}, expiration ${T('08/28', 'oh eight twenty eight')}. Statement account is ${ID('ACCOUNT', '7741-00932', 'seven seven four one oh oh nine three two')}. Call me if there's a problem, ${PH('404-863-7729', 'four oh four eight six three seven seven two nine')}.`,
  // 21 family medicine, forms, SSN
  `Hi there, it's ${N('Alberto Ruiz')}. I'm applying for disability and the state needs the form your office fills out. They asked me to give you my social, it's ${ID('SSN', '531-77-2046', 'five three one seven seven two oh four six')}. I dropped the form off last Wednesday with the front desk. Please call ${PH('505-277-8134')}.`,
  // 22 pediatrics, grandmother, address
  `Hi, this is ${N('Bev Lindgren')}, I'm the grandma, I have guardianship of ${N('Noah')} and ${N('Lily Parson')}. I need their shot records for the new school. We live at ${A('1186 Cottonwood Road, Elk River, MN 55330', 'eleven eighty six cottonwood road elk river minnesota five five three three oh')} now. My phone is ${PH('763-441-0956', 'seven six three four four one oh nine five six')}.`,
  // 23 hard negative heavy, no PHI
  `Hello, quick question for the nurse. I started the amoxicillin, eight seventy five, two times a day, and I've taken ${T('5', 'five')} doses so far. I've had an upset stomach since about ${T('7', 'seven')} this morning. Is it okay to take it with yogurt? I'll call back after lunch.`,
  // 24 cardiology, caregiver, email with dots
  `Hi, my name is ${N('Jennifer Oduya')}. My dad ${N('Samuel Oduya')} saw ${DR('Dr. Castellano')} on ${D('Tuesday, November 10th', 'tuesday november tenth')} and they changed his blood pressure pills. He can't remember which one to stop. Could someone call me at ${PH('678-290-1145', 'six seven eight two nine oh eleven forty five')}, or email me at ${E('jen.oduya@outlook.com', 'jen dot oduya at outlook dot com')}?`,
  // 25 dermatology, photo album link
  `Hi, it's ${N('Bryce Halvorsen')}. I have a mole on my back that changed shape and ${DR('Dr. Ansari')}'s office said to send photos. I put them in an album, ${U('photos.app.goo.gl/Kx7PmQ2', 'photos dot app dot goo dot g l slash k x seven p m q two')}. My birthday's ${D('8/21/83', 'eight twenty one eighty three')}. Number is ${PH('651-334-9072', 'six five one three three four nine oh seven two')}.`,
  // 26 urgent-ish, vehicle
  `Hey, this is ${N('Dana Whitaker')}. I'm in your parking lot and the lot attendant says my car will get towed without a pass. It's a blue Subaru, plate ${ID('VEHICLE', 'KRW 4418', 'k r w four four one eight')}. I'm up in ${DR('Dr. Patel')}'s office for the next hour. Can someone let them know?`,
  // 27 medicare, elderly
  `Hello, this is ${N('Francis Delaney')} calling. I'm ${AGE('91', 'ninety one')} years old and I just got a new Medicare card in the mail with a different number. It's ${ID('HEALTH_PLAN_ID', '5TG8-QR2-MK41', 'five t g eight q r two m k four one')}. My daughter said to call and give it to you. My phone is ${PH('207-873-0416', 'two oh seven eight seven three oh four one six')}.`,
  // 28 moved out of state, records
  `Hi, this is ${N('Stephanie Yoon')}, I was a patient of ${DR('Dr. Bellamy')}. We moved from ${A('Lancaster')} down to ${A('3340 Magnolia Bend, Charlotte, North Carolina 28277', 'thirty three forty magnolia bend charlotte north carolina two eight two seven seven')} in August and I need my records sent to my new doctor. Date of birth ${D('May 2nd, 1979', 'may second nineteen seventy nine')}. Call ${PH('717-390-2264', 'seven one seven three nine oh two two six four')}.`,
  // 29 short lab result
  `It's ${N('Omar Haddad')} again, returning the nurse's call about my bloodwork. ${PH('313-581-7720', 'three one three five eight one seven seven two oh')}. Thanks.`,
  // 30 GI, MRN, spoken email
  `Hi, my name is ${N('Rachel Kim-Sorensen', 'rachel kim sorensen')}, chart number ${ID('MRN', '00418836', 'zero zero four one eight eight three six')}. The portal won't let me see my biopsy results from ${D('the 5th', 'the fifth')}. Could you send them to ${E('rksorensen@icloud.com', 'r k sorensen at icloud dot com')}? Or call, ${PH('425-367-9901', 'four two five three six seven nine nine oh one')}.`,
  // 31 portal lockout, IP
  `Hi, this is ${N('Gregory Lutz')}. I keep getting locked out of the patient portal and the message says access from my IP address, ${ID('IP', '73.162.44.201', 'seventy three dot one sixty two dot forty four dot two oh one')}, has been blocked. I'm just trying to pay my bill. Please call ${PH('614-771-3389')}.`,
  // 32 ob, partner, fundraiser
  `Hi, this is ${N('Luis Campos')}, my wife ${N('Marisol')} delivered with ${DR('Dr. Whitcombe')} on ${D('October 3rd', 'october third')}. We're still getting bills and honestly we're struggling, friends set up ${U('gofundme.com/f/campos-nicu-fund', 'go fund me dot com slash f slash campos dash nicu dash fund')}. I want to ask about a payment plan or financial help. Call me at ${PH('956-412-0087', 'nine five six four one two oh oh eight seven')}.`,
  // 33 family medicine, refill, no phone
  `Good morning, ${N('Shirley Abernathy')}, birthdate ${D('3/19/1948', 'three nineteen forty eight')}. I need my levothyroxine, the ${T('75', 'seventy five')} micrograms, sent to the Walgreens on Route ${T('9', 'nine')}. ${DR('Dr. Gaines')} has my number.`,
  // 34 allergy, epipen form for school
  `Hi, this is ${N('Ms. Tran', 'miss tran')}, I'm the nurse at Hawthorne Elementary. I'm calling about a student of yours, ${N('Ethan Morrow')}, date of birth ${D('July 1, 2016', 'july first twenty sixteen')}. We need an updated EpiPen authorization form before the field trip. You can reach me directly at ${PH('480-316-7242', 'four eight oh three one six seven two four two')}.`,
  // 35 license for form
  `Hi, it's ${N('Keith Barrows')}. The DMV medical form for my commercial license needs the doctor to sign. My license number is ${ID('LICENSE', 'B402-7716-9983', 'b four oh two seven seven one six nine nine eight three')}. I need it back before ${D('December 15th', 'december fifteenth')}. ${PH('602-944-1158')}.`,
  // 36 insurance, medicaid
  `Hello, this is ${N('Yesenia Morales')} calling for my son ${N('Adrian')}. His Medicaid was renewed and the number changed to ${ID('HEALTH_PLAN_ID', '7720415593', 'seventy seven twenty forty one fifty five ninety three')}. He has an appointment ${D('Wednesday, January 6th', 'wednesday january sixth')}. You can call me back at ${PH('915-288-3702', 'nine one five two eight eight three seven oh two')}, gracias.`,
  // 37 neurology, caregiver, move, email
  `Hi, this is ${N('Pamela Greer')}. My husband ${N('Don')} has Parkinson's and sees ${DR('Dr. Reinholt')}. We just sold the house and moved into a condo at ${A('600 Lakeshore Drive, Unit 1204, Evanston', 'six hundred lakeshore drive unit twelve oh four evanston')}. Please update the address and send the visit summaries to ${E('pgreer.don@comcast.net', 'p greer dot don at comcast dot net')}. Thank you.`,
  // 38 results, no PHI but provider
  `Hi, this is a message for ${DR('Dr. Lindqvist')}. I'm just calling to say the new medication is working much better, no more side effects. No need to call back.`,
  // 39 billing, claim, spoken pairs
  `Hi, ${N('Carla Benedetti')} calling about claim number ${ID('ACCOUNT', '418220967', 'four eighteen two two oh nine sixty seven')}. Blue Shield says your office billed the wrong code for my visit on ${D('August 8th', 'august eighth')}. Please fix it and resubmit. ${PH('415-602-3317', 'four one five six oh two three three one seven')}.`,
  // 40 peds, mom, fever
  `Hi, it's ${N('Tasha Greenlee')}, my daughter ${N('Amara')} is ${T('4', 'four')}, she's had a fever of a hundred and two since yesterday and she's pulling on her ear. Can we get in today? I'm at ${PH('901-385-4469', 'nine oh one three eight five forty four sixty nine')}.`,
  // 41 ortho, work note by email
  `Hey, this is ${N('Derek Shumway')}, I saw ${DR('Dr. Hollis')} for my shoulder on ${D('Friday the 6th', 'friday the sixth')}. My employer needs a return to work note with restrictions. Can you email it to ${E('dshumway@shumwayroofing.com', 'd shumway at shumway roofing dot com')}? Thanks.`,
  // 42 endocrinology, A1c results
  `Hello, this is ${N('Marguerite Okafor')}. I'd like my A${T('1C', ' one c')} result from last Thursday. My birth date is ${D('the 12th of February, 1966', 'the twelfth of february nineteen sixty six')}. ${PH('832-419-6650', 'eight three two four one nine six six five oh')}, and please leave a message if I don't answer.`,
  // 43 psychiatry, caregiver, very old
  `Hi, my name's ${N('Linda Beaulieu')}. My aunt ${N('Therese Beaulieu')} is ${AGE('96', 'ninety six')} and lives with me in ${A('Lewiston')}. She's been more confused since the new sleeping pill. Could ${DR('Dr. Moreau')} call me? ${PH('207-784-3391')}.`,
  // 44 no PHI, directions
  `Hi, I have an appointment this afternoon at your new location and I can't find which entrance to use. Is it the one by the parking garage? I'll just look for signs. Thanks.`,
  // 45 dermatology, cosmetic, email, card
  `Hi, it's ${N('Sienna Lockhart')}. I want to book a follow-up for the laser treatment and put down the deposit. Card number ${ID('CARD', '5363 9277 1279 8705', 'five three six three nine two seven seven one two seven nine eight seven oh five')}. Send the receipt to ${E('sienna.lockhart@me.com', 'sienna dot lockhart at me dot com')}. Thank you!`,
  // 46 cardiology, pacemaker
  `Yes, this is ${N('Herbert Quinlan')}. I have a pacemaker from ${DR('Dr. Kowalczyk')}, and the home monitor box hasn't been sending. The device number on my card is ${ID('DEVICE', 'PJN604218S', 'p j n six oh four two one eight s')}. I'm home all day at ${PH('570-346-2871', 'five seven oh three four six two eight seven one')}.`,
  // 47 family medicine, vaccine records, spoken email with digits
  `Hi, this is ${N('Kevin Baptiste')}. My job needs proof of my hepatitis B shots. I think I had them here around ${T('2015', 'twenty fifteen')}. Please send whatever you have to ${E('kbaptiste1987@gmail.com', 'k baptiste nineteen eighty seven at gmail dot com')}. My DOB is ${D('October 14th, 1987', 'october fourteenth nineteen eighty seven')}.`,
  // 48 caregiver group home
  `Hi, this is ${N('Andre Whitfield')}, I'm a direct support worker at a group home. I'm calling about our resident ${N('Michael Daugherty')}, date of birth ${D('9/9/1977', 'nine nine nineteen seventy seven')}. His seizure medication refill needs approval. The house phone is ${PH('317-259-8840', 'three one seven two five nine eighty eight forty')}.`,
  // 49 ENT, hearing aid serial
  `Hello, this is ${N('Dorothy Pelletier')}. One of my hearing aids stopped working and it's still under warranty. The serial on the right one is ${ID('DEVICE', '19B443027', 'one nine b four four three oh two seven')}. I live in ${A('Nashua')}, I can come by the office any morning. My phone number is ${PH('603-889-1472', 'six oh three eight eight nine fourteen seventy two')}.`,
  // 50 ortho, moved, vehicle for handicap placard form
  `Hi, this is ${N('Roberta Klein')}. I need ${DR('Dr. Hollis')} to sign the disabled parking placard form after my hip surgery. The form wants the plate of the car I ride in, it's ${ID('VEHICLE', '8BXT217', 'eight b x t two one seven')}. I'm staying at my son's place now, ${A('915 Juniper Way, Folsom, California 95630', 'nine fifteen juniper way folsom california nine five six three oh')}. Call ${PH('916-985-2203', 'nine one six nine eight five twenty two oh three')}.`,
  // 51 new patient, email
  `Hello, I'm a new patient, my name is ${N('Chidi Eze')}. I filled out the intake forms online but I never got the confirmation. My email is ${E('chidi.eze@hotmail.com', 'chidi dot eze at hotmail dot com')}. My appointment is ${D('January 12th', 'january twelfth')} with ${DR('Dr. Alvarado')}. Thank you.`,
  // 52 SSN for billing, insurance
  `Hi, this is ${N('Patricia Dunleavy')}. Your billing office asked for the subscriber's social security number because my husband is the policy holder. His name is ${N('Michael Dunleavy')} and his social is ${ID('SSN', '402 58 7731', 'four zero two five eight seven seven three one')}. Please call if you need anything else, ${PH('859-277-6604', 'eight five nine two seven seven six six oh four')}.`,
  // 53 no PHI, pharmacy confusion
  `Hi, I'm calling because the pharmacy says they faxed over a prior authorization request for my inhaler three times. Can somebody look for it? I use the Advair, the two fifty fifty. I'll call back in an hour.`,
  // 54 OB, wife, spoken phone in pairs, town
  `Hi, this is ${N('Kaitlyn Brooks')}, I'm sixteen weeks and I've had some spotting since this morning. I'm not in pain. I'm in ${A('Mount Juliet')} so it would take me about forty minutes to get there. Please call me, ${PH('615-754-3018', 'six one five seven five four thirty eighteen')}.`,
  // 55 fundraiser, caregiver, oncology
  `Hi, it's ${N('Derrick Lamb')}. I'm calling about my mom, ${N('Joyce Lamb')}, she's a patient of ${DR('Dr. Adeyemi')}. Her church set up a meal train for her after the surgery, ${U('mealtrain.com/trains/4rk8zq', 'meal train dot com slash trains slash four r k eight z q')}, and they wanted to know about any food restrictions. Could the nurse call me at ${PH('205-871-4490', 'two oh five eight seven one four four nine oh')}?`,
  // 56 allergy, IP portal video visit
  `Hey, this is ${N('Owen Castillo')}. I had a video visit at ${T('2:30', 'two thirty')} and the link kept failing. The error says the connection from ${ID('IP', '192.168.1.47', 'one nine two dot one six eight dot one dot four seven')} timed out. Can we try again by phone? ${PH('720-381-5526', 'seven two oh three eight one five five two six')}.`,
  // 57 podiatry, orthotics, card, address
  `Hi, it's ${N('Sandra Yates')}. I'd like to pay for the custom orthotics. Card is an Amex, ${ID('CARD', '3770 531819 42081', 'three seven seven oh five three one eight one nine four two oh eight one')}. And mail them to ${A('2314 North Hayes Avenue, Tulsa 74110', 'twenty three fourteen north hayes avenue tulsa seven four one one oh')} please, I can't come in. Thanks.`,
  // 58 family medicine, spouse refill, DOB said numerically
  `Hi, calling for my husband, ${N('Ray Castellanos')}, birthday ${D('05/06/1958', 'oh five oh six nineteen fifty eight')}. He needs his atorvastatin, the forty, refilled, ninety-day supply. Call me, ${N('Gloria')}, at ${PH('956-630-1822', 'nine five six six three oh one eight two two')}.`,
  // 59 psychiatry, email, no phone
  `Hi, this is ${N('Amelia Hart')}. I'm not comfortable talking on the phone so could you please reach me by email about rescheduling? It's ${E('amelia.hart.writes@gmail.com', 'amelia dot hart dot writes at gmail dot com')}. Thanks, ${DR('Dr. Lindqvist')} knows me.`,
  // 60 urology, MRN, LICENSE for ID upload
  `Hi, ${N('Victor Szabo')} here, medical record ${ID('MRN', 'MR-661094', 'm r six six one oh nine four')}. The front desk wanted my driver's license number for the procedure check-in, it's ${ID('LICENSE', 'S-120-448-713-920', 's one two oh four four eight seven one three nine two oh')}. Procedure is ${D('the 21st', 'the twenty first')}. Thanks.`,
  // 61 ortho, caregiver, address and apartment
  `Good afternoon, my name is ${N('Hyun-woo Park', 'hyun woo park')}, I'm calling for my mother ${N('Soon-ja Park', 'soon ja park')}. She needs a wheelchair delivered after her fracture and the medical supply place needs the order. Her address is ${A('88 Linden Avenue, Apt 5C, Fort Lee, New Jersey', 'eighty eight linden avenue apartment five c fort lee new jersey')}. Please call me at ${PH('201-944-6237')}.`,
  // 62 cardiology, short
  `Hi, ${N('Ted Farnsworth')}, I'm just confirming my stress test ${D('Thursday, December 3rd', 'thursday december third')} at eight. Do I skip breakfast? ${PH('402-551-9087', 'four oh two five five one nine oh eight seven')}.`,
  // 63 billing, old address, returned mail
  `Hi, it's ${N('Nadia Petrova')}. I think my bills are going to my old place at ${A('412 Fairmont Street', 'four twelve fairmont street')}. I'm now at ${A('1702 Ridgecrest Lane, Round Rock, Texas 78664', 'seventeen oh two ridgecrest lane round rock texas seven eight six six four')}. Account number ${ID('ACCOUNT', '600214873', 'six oh oh two one four eight seven three')}. Thank you.`,
  // 64 GI, spoken dates
  `Hey, this is ${N('Brandon Oyelaran')}. I had my endoscopy on ${D('November 19th', 'november nineteenth')} and I'm still having some throat pain. ${DR('Dr. Okonkwo')} said to call if it lasted more than a week. ${PH('470-208-3361', 'four seven oh two oh eight three three six one')}.`,
  // 65 ophthalmology, web link photo of eye
  `Hi, this is ${N('Francesca Moretti')}. My left eye is red and weepy since Saturday. I uploaded a photo to ${U('imgur.com/a/fMoretti22', 'imgur dot com slash a slash f moretti twenty two')} if the doctor wants to look. My birthday is ${D('August 3rd, 1995', 'august third nineteen ninety five')}. I'm at ${PH('929-415-6680', 'nine two nine four one five six six eight oh')}.`,
  // 66 no PHI, thanks
  `Hi, I just wanted to say thank you to the whole team for taking such good care of my mom last month. The nurses were wonderful. No need to call back.`,
  // 67 endocrinology, moved, insurance, email
  `Hi, this is ${N('Caroline Whitlock')}. Two things, I moved to ${A('Asheville')} and I changed to Humana. The new subscriber ID is ${ID('HEALTH_PLAN_ID', 'H47719022', 'h four seven seven one nine oh two two')}. Can you send the paperwork to ${E('cwhitlock@fastmail.com', 'c whitlock at fastmail dot com')}? Thanks.`,
  // 68 peds, newborn, dad
  `Hi, it's ${N('Matt Delgado')}, we had our baby ${N('Sofia')} on ${D('November 14th', 'november fourteenth')} at Mercy and we need to set up her first visit with ${DR('Dr. Whitcombe')}. We're over on ${A('4420 Brookside Drive', 'forty four twenty brookside drive')}. My phone is ${PH('816-223-0409', 'eight one six two two three oh four oh nine')}.`,
  // 69 SSN, new patient registration
  `Hello, my name is ${N('Gwendolyn Asante')}. I'm registering as a new patient and your form asked for the last part of my social but I'd rather just give it, it's ${ID('SSN', '619-30-8842', 'six one nine three oh eight eight four two')}. My date of birth is ${D('12/30/1961', 'twelve thirty sixty one')}. Phone ${PH('410-366-2217')}.`,
  // 70 dermatology, very old grandma, care page
  `Hi, this is ${N('Ellen Markowitz')}. My grandmother ${N('Rose Markowitz')} is ${AGE('102', 'one hundred two')} and she has a rash on her arms that won't go away. The family keeps a page for her at ${U('lotsahelpinghands.com/c/rose-m', 'lotsa helping hands dot com slash c slash rose dash m')}, there's a picture there. Call me at ${PH('914-472-0318', 'nine one four four seven two oh three one eight')}.`,
  // 71 ENT, surgery date
  `Hello, ${N('Kenji Watanabe')} calling for ${DR('Dr. Stavros')}'s surgical coordinator. My sinus surgery is ${D('Monday, February 8th', 'monday february eighth')} and I need the pre-op lab order. My number is ${PH('808-591-2754', 'eight oh eight five nine one two seven five four')}. Aloha.`,
  // 72 caregiver, IP, remote monitoring
  `Hi, this is ${N('Rebecca Lindholm')}, I manage my father's remote blood pressure monitor. Your tech asked for our router's IP address to fix the upload, it's ${ID('IP', '24.118.203.9', 'twenty four point one eighteen point two oh three point nine')}. Dad's name is ${N('Arne Lindholm')}. Call me at ${PH('612-827-4305', 'six one two eight two seven four three oh five')}.`,
  // 73 family medicine, spoken email, town
  `Hi, ${N('Danielle Fortier')} here, I live up in ${A('Burlington')} now but I'd like to keep seeing ${DR('Dr. Gaines')} if I can. Can you email me my upcoming appointments? ${E('dani.fortier@gmail.com', 'dani dot fortier at gmail dot com')}. Thanks.`,
  // 74 workers comp, vehicle accident
  `Hi, this is ${N('Luis Ortega')}. I was in a car accident on ${D('November 22nd', 'november twenty second')} and the insurance adjuster needs the visit notes. They asked me to reference the vehicle, it's a Ford ${T('F-150', 'f one fifty')}, VIN ${ID('VEHICLE', '1FTEW1EP5JKD29361', 'one f t e w one e p five j k d two nine three six one')}. Call ${PH('209-541-7783', 'two oh nine five four one seven seven eight three')}.`,
  // 75 short no number
  `Hi, this is ${N('Georgia Mae Pruitt')}, I'm canceling my appointment for tomorrow. I'll call back to reschedule.`,
  // 76 oncology, license, DOB
  `Hello, I'm ${N('Howard Blum')}. I'm starting radiation next week and they want a copy of my ID. My Illinois license number is ${ID('LICENSE', 'B650-4471-2938', 'b six five oh four four seven one two nine three eight')}. Date of birth ${D('March 25th, 1950', 'march twenty fifth nineteen fifty')}. ${PH('847-328-1190', 'eight four seven three two eight eleven ninety')}.`,
  // 77 neurology, caregiver, address, shared folder
  `Hi, this is ${N('Aisha Bello')}. My brother ${N('Tunde Bello')} had another seizure last night. I've been recording them and put the videos in a folder, ${U('dropbox.com/sh/tunde-seizures', 'dropbox dot com slash s h slash tunde dash seizures')}. We live at ${A('312 Elm Grove Road, Silver Spring', 'three twelve elm grove road silver spring')}. Please have ${DR('Dr. Reinholt')} call ${PH('301-589-2046', 'three oh one five eight nine two oh four six')}.`,
  // 78 refill, MRN spelled pairs
  `Hi, my name is ${N('Olivia Barnett')}, my patient number is ${ID('MRN', '5522019', 'fifty five twenty two oh one nine')}. I need a refill on my birth control, the pharmacy is the same. Thanks, ${PH('336-724-9953', 'three three six seven two four nine nine five three')}.`,
  // 79 results, grandfather age under 90
  `Hi, it's ${N('Simone Gaither')}, calling about my grandpa ${N('Lionel Gaither')}. He's ${T('87', 'eighty seven')} and he had an x-ray of his chest on ${D('Tuesday the 24th', 'tuesday the twenty fourth')}. We haven't heard anything. Our number is ${PH('334-262-8801', 'three three four two six two eight eight oh one')}.`,
  // 80 billing, card, old card
  `Hi, it's ${N('Jerome Whitaker')}. The card on file expired. The new one is ${ID('CARD', '6011 4734 8738 0985', 'six oh one one four seven three four eight seven three eight oh nine eight five')}. Please run the balance for ${D('October 9th', 'october ninth')}'s visit. Thanks.`,
  // 81 email, moved, family medicine
  `Hi, this is ${N('Megan Sorrell')}. I moved from ${A('Dayton')} to ${A('27 Birch Court, Kettering', 'twenty seven birch court kettering')} and I'd like to transfer my care to your practice. Please email the new patient packet to ${E('megsorrell@aol.com', 'meg sorrell at a o l dot com')}. My number is ${PH('937-299-4410', 'nine three seven two nine nine forty four ten')}.`,
  // 82 sleep, sleep study, license plate of patient transport
  `Hi, this is ${N('Curtis Pembroke')}, I'm doing the overnight sleep study ${D('Friday, January 15th', 'friday january fifteenth')}. Do I need to bring my CPAP? Also my wife will drop me off in the silver van, plate ${ID('VEHICLE', 'GHT-9042', 'g h t nine oh four two')}, is there a spot she can use? ${PH('540-373-6612', 'five four oh three seven three six six one two')}.`,
  // 83 peds, teenager self
  `Hey, this is ${N('Zoe Mitchell')}, I'm ${T('17', 'seventeen')} and I'm calling about my acne medicine. My mom is ${N('Heather Mitchell')}, she usually calls. Can you call her back at ${PH('(253) 848-0119', 'two five three eight four eight oh one one nine')}? Thanks.`,
  // 84 no PHI but provider and doses
  `Hi, this is a message for ${DR('Dr. Feldman')}'s nurse. I just wanted to double check, am I supposed to take the Lantus twenty units at bedtime or ten? The label says one thing and the sheet says another. I'll call back.`,
  // 85 insurance + SSN caregiver
  `Hi, I'm ${N('Delia Fontaine')}, I'm the power of attorney for ${N('Harold Fontaine')}. The hospital asked us to get his records for Medicare, his number's ${ID('HEALTH_PLAN_ID', '1EG4-TE5-MK73', 'one e g four t e five m k seven three')}, and his social is ${ID('SSN', '229-41-6075', 'two two nine four one six oh seven five')}. He's ${AGE('94', 'ninety four')}. Call ${PH('804-355-7718', 'eight oh four three five five seven seven one eight')}.`,
  // 86 GI, spoken email, address
  `Hi, this is ${N('Trevor Langston')}, I live at ${A('5816 Alder Street, Tacoma', 'fifty eight sixteen alder street tacoma')}. I'd like to get my colonoscopy report so my new insurance can see it. You can send it to ${E('trevor.langston@live.com', 'trevor dot langston at live dot com')}. Thanks.`,
  // 87 ortho, PT referral, work email
  `Hi, it's ${N('Ingrid Solberg')}. ${DR('Dr. Hollis')} said he'd send a PT referral after my visit on ${D('November 30th', 'november thirtieth')} but the therapy place hasn't gotten it. They're at Riverbend Physical Therapy. My cell is ${PH('218-727-3394', 'two one eight seven two seven three three nine four')}.`,
  // 88 IP, portal for parent
  `Hi, this is ${N('Kwame Mensah')}. I'm trying to get proxy access to my daughter's portal account and it keeps saying suspicious login from ${ID('IP', '98.207.161.54', 'ninety eight dot two oh seven dot one sixty one dot fifty four')}. That's just my home internet. Her name is ${N('Abena')}. ${PH('404-635-2278', 'four oh four six three five two two seven eight')}.`,
  // 89 OB, partner, address
  `Hi, my name is ${N('Chris Lindqvist-Harper', 'chris lindqvist harper')}, calling for my partner ${N('Jamie')}. ${N('Jamie')}'s due on ${D('March 2nd', 'march second')}. We want to know if ${DR('Dr. Whitcombe')} delivers at Saint Luke's since it's closer to us at ${A('19 Primrose Lane, Wayzata', 'nineteen primrose lane wayzata')}. ${PH('952-473-8861', 'nine five two four seven three eight eight six one')}.`,
  // 90 psychiatry, crisis-ish
  `Hi, this is ${N('Nathan Cole')}, I'm feeling a lot worse since the dose went up to ${T('40 mg', 'forty milligrams')}. I'm safe, I just need to talk to someone today. ${PH('479-521-0637', 'four seven nine five two one oh six three seven')}.`,
  // 91 billing, zip only
  `Hi, ${N('Marisa Quintero')} calling about a statement I got. It was sent to my zip code ${A('85719', 'eight five seven one nine')} but the street is wrong. The account number is ${ID('ACCOUNT', 'QH-2219047', 'q h two two one nine oh four seven')}. Please call me, ${PH('520-884-1305', 'five two oh eight eight four one three oh five')}.`,
  // 92 license, medical marijuana / state ID
  `Hi, this is ${N('Wendell Price')}. I'm getting a state ID instead of a license since I stopped driving. The ID number is ${ID('LICENSE', 'D1948820', 'd one nine four eight eight two oh')}, the pharmacy wanted it on my chart for the controlled prescription. ${PH('304-342-7719', 'three oh four three four two seven seven one nine')}.`,
  // 93 caregiver, URL blog
  `Hello, this is ${N('Grace Oyelowo')}. My son ${N('Eli')} has a feeding tube and we document his intake on a blog, ${U('elisjourney.wordpress.com', 'elis journey dot wordpress dot com')}. The dietitian asked for it. His birthday is ${D('April 4th, 2021', 'april fourth twenty twenty one')}. Please call ${PH('919-682-5530', 'nine one nine six eight two fifty five thirty')}.`,
  // 94 cardiology, very short
  `It's ${N('Sal Ricci')}, ${D('February 2nd, 1945', 'february second nineteen forty five')}, I need my warfarin checked, ${PH('401-831-6647', 'four oh one eight three one six six four seven')}.`,
  // 95 results with email, endocrinology
  `Hi, this is ${N('Rosalind Chu')}. I'm calling for my thyroid ultrasound results from ${D('the 1st', 'the first')}. If it's easier you can email me, ${E('rchu.home@yahoo.com', 'r chu dot home at yahoo dot com')}. I live in ${A('Sunnyvale')} and don't mind driving in if we need to talk in person.`,
  // 96 pediatric dentistry-type referral, town
  `Hey, this is ${N('Jasmine Forde')}, my son ${N('Malik')} needs a referral to a pediatric dentist in ${A('Decatur')}, that's where we live now. His date of birth is ${D('6/18/2018', 'six eighteen twenty eighteen')}. Call me back at ${PH('678-412-0093', 'six seven eight four one two oh oh nine three')}.`,
  // 97 fundraiser, PT
  `Hi, it's ${N('Cody Ramirez')}. I can't afford more PT sessions until the fundraiser my friends started comes through, it's ${U('gofundme.com/f/codys-acl-recovery', 'go fund me dot com slash f slash codys dash a c l dash recovery')}. Can you put me on hold for two weeks without losing my spot? ${PH('505-884-3720', 'five oh five eight eight four thirty seven twenty')}.`,
  // 98 no PHI, hard negatives
  `Hi, I have a question about the flu clinic on Saturday. Is it nine to noon? And is the high-dose shot for people over sixty-five? Thanks.`,
  // 99 elderly, address, device
  `Hi, this is ${N('Marjorie Haskell')} calling about my husband ${N('Elmer')}. He's ${AGE('90', 'ninety')} and he fell last night. His medical alert pendant didn't go off, the number on it is ${ID('DEVICE', 'LA-88320175', 'l a eight eight three two oh one seven five')}. We're at ${A('71 Quarry Hill Road, Barre, Vermont', 'seventy one quarry hill road barre vermont')}. ${PH('802-476-2259', 'eight oh two four seven six two two five nine')}.`,
  // 100 allergy, new patient, address and email
  `Hi, my name is ${N('Evelyn Marsh')}, I'd like to make an appointment for allergy testing. I just moved here from Oregon, I'm at ${A('1450 Sycamore Street, Apartment 210, Boise, Idaho 83702', 'fourteen fifty sycamore street apartment two ten boise idaho eight three seven oh two')}. Best way to reach me is email, ${E('evelynmarsh.pdx@gmail.com', 'evelyn marsh dot p d x at gmail dot com')}. Thank you.`,
  // 101 billing, e-statements, phone with extension
  `Hi, this is ${N('Roger Tillman')}, I want to sign up for paperless statements. My email is ${E('rtillman77@sbcglobal.net', 'r tillman seventy seven at s b c global dot net')}. During the day I'm at work, ${PH('312-436-9205 extension 418', 'three one two four three six nine two oh five extension four one eight')}. Thanks.`,
  // 102 peds, rash photos link, town
  `Hi, it's ${N('Leah Abramson')}, my son ${N('Jonah')} has this blotchy rash on his legs since yesterday, no fever. I put some pictures in a shared album, ${U('photos.google.com/share/jonahrash', 'photos dot google dot com slash share slash jonah rash')}. We're in ${A('Skokie')} so we could come in this afternoon. ${PH('847-673-5120', 'eight four seven six seven three five one two zero')}.`,
  // 103 FMLA form, fax at home
  `Hi, this is ${N('Gabriela Ochoa')}, I need the FMLA paperwork for my mother's surgery filled out by ${DR('Dr. Mendez')}. When it's done could you fax it to my home fax, ${PH('559-438-2071', 'five five nine four three eight two oh seven one')}? Her name is ${N('Rosa Ochoa')}, birthday ${D('November 30th, 1953', 'november thirtieth nineteen fifty three')}.`,
  // 104 cardiology, caregiver, facebook group
  `Hello, this is ${N('Kathleen Byrne')}, my brother ${N('Bill Byrne')} is in cardiac rehab with you. The family keeps everyone posted through a group, ${U('facebook.com/groups/prayersforbillbyrne', 'facebook dot com slash groups slash prayers for bill byrne')}, and his nurse mentioned wanting his home blood pressure log, it's posted there. My number is ${PH('617-268-4493', 'six one seven two six eight four four nine three')}.`,
  // 105 ortho, med list in a doc
  `Hi, it's ${N('Stanley Wojcik')}. For my pre-op with ${DR('Dr. Hollis')} they asked for all my medicines. My daughter typed them up at ${U('docs.google.com/document/d/1QwLx8stanmeds', 'docs dot google dot com slash document slash d slash one q w l x eight stan meds')}. Surgery is ${D('January 19th', 'january nineteenth')}. ${PH('412-531-8860', 'four one two five three one eighty eight sixty')}.`,
  // 106 OB, moved, DOB
  `Hi, this is ${N('Brianna Castro')}, I'm a patient of ${DR('Dr. Whitcombe')}. I just wanted to update my address, I'm at ${A('3901 Pecan Valley Drive, San Marcos', 'thirty nine oh one pecan valley drive san marcos')} now. Date of birth ${D('September 8th, 1996', 'september eighth ninety six')}. Thanks.`,
  // 107 ENT, email with digits, short
  `Hey, ${N('Tyrone Biggs')}, I need my audiogram results sent to the VA. Email me a copy first at ${E('tbiggs.usmc04@gmail.com', 't biggs dot u s m c oh four at gmail dot com')}, thanks.`,
];
