/**
 * Blind held-out PHI gold set 76: an ordinary week in late March on the voicemail of a family-medicine and
 * diabetes practice in McAllen, Texas, with offices in Edinburg and Brownsville (area code 956). Refills,
 * A1c and other lab results, referrals, Medicaid and CHIP, Medicare Advantage, self-pay and sliding-scale
 * billing, winter Texans packing up for the Midwest and Canada, school and sports forms, and callers who cross
 * to Mexico (Reynosa, Progreso, Matamoros) for medicines or dental work. Most callers are Mexican-American
 * families who switch between English and Spanish inside one message: two-surname names, dates and numbers
 * said in either language, colonia addresses with lot and block numbers, FM roads and "Mile 3 Road" grid
 * roads. Winter Texans give RV-resort lot numbers and their home towns up north. A few calls come from
 * pharmacies, labs, other offices, a home-health agency and a school nurse; a few carry no PHI at all.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span, Spanish ones included ("Mrs. «Adler»", "señora «Cantú»",
 *   "don «Ramiro»", "doña «Chayo»"); "Dr." and "doctora" stay inside PROVIDER ("la «doctora Salinas»").
 * - Clinicians, and staff of this practice, pharmacies, labs, schools, health plans and other offices named in their
 *   working role ("«Brenda» at the front desk", "«Araceli», pharmacy tech") are PROVIDER; patients,
 *   callers and relatives are NAME. Nicknames and first names said alone are NAME.
 * - A spelled-out name ("«C-A-N-T-U»") is its own NAME span.
 * - DATE covers full or partial calendar dates tied to a person, in either language ("«4 de mayo del 61»",
 *   "el «26»" with "el" outside as "the" is, "«Saturday the 28th»"), including the day a winter Texan
 *   leaves for home. Weekdays, months or years alone, "Semana Santa", relative words, clock times,
 *   durations and card expiry dates are not labelled.
 * - Every callback or fax number of a person or outside business is PHONE, Mexican and Canadian numbers
 *   included, with a caller's extension inside; this practice's own menu options and extensions are not.
 *   A false start the caller abandons stays outside; a full repeat is a new span.
 * - Last four of a social is SSN; chart / patient / portal numbers are MRN; Medicaid, CHIP, Medicare (MBI),
 *   Medicare Advantage, county indigent-care program and Canadian provincial health-card numbers are
 *   HEALTH_PLAN_ID (group numbers are
 *   not); billing statement account numbers and claim numbers are ACCOUNT; driver's, CDL and nursing
 *   licence numbers are LICENSE; plates are VEHICLE; CGM sensor, transmitter and pump serials are DEVICE.
 * - ADDRESS is a street, road, colonia lot/block or RV-resort lot where a patient or caller lives or stays,
 *   and/or their town (said together, one span), including a winter Texan's home town up north. Towns that
 *   are only where a pharmacy, office, school, hospital, dentist or Mexican farmacia is ("the H-E-B in
 *   Donna", "a dentist in Progreso") are not labelled, nor is a state or province alone.
 * - AGE only for ages over 89 (the number phrase alone, English or Spanish); 89 and younger are plain text.
 * - Spoken forms say numbers as the caller did, in English or Spanish, sometimes switching mid-number:
 *   digit by digit with "oh", "zero" or "cero", pairs, "double five", "hundred"; emails with "at"/"dot" or
 *   "arroba"/"punto". Spoken text carries no accents (the recogniser drops them).
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, V, U, T } = pause;

export const BLIND76_MESSAGES: string[] = [
  // 1
  `Hi, buenos días, this is ${N('Rosa Elia Cantú Garza')}, calling for a refill on my metformin, the ${T('1,000', 'one thousand')}, and the Januvia. Mi fecha de nacimiento es ${D('4 de mayo del 61', 'cuatro de mayo del sesenta y uno')}. It's the H-E-B on Nolana and ${T('23rd', 'twenty third')}. Mi número es ${PH('956-555-0142', 'nueve cinco seis, cinco cinco cinco, cero uno cuatro dos')}. Gracias.`,
  // 2
  `Hi there, this is ${N('Gordon Lindqvist')}, that's ${N('L-I-N-D-Q-V-I-S-T')}. My wife ${N('Bev')} and I are heading home to ${AD('Fergus Falls, Minnesota')} on the ${D('2nd', 'second')}, and I need a ninety-day supply of the lisinopril and the Eliquis before we go. ${P('Dr. Okafor')} saw me in January. We're at ${AD('Palm Valley Estates, lot 147, Pharr', 'palm valley estates lot one forty seven pharr')} till then. Phone is ${PH('218-555-0163', 'two one eight, five five five, oh one six three')}. Thanks a bunch.`,
  // 3
  `Hola, buenas tardes, nomás quería saber a qué hora abren el sábado en la oficina de Edinburg. Bueno, gracias.`,
  // 4
  `Hey, it's ${N('Javier Treviño')}, ${N('T-R-E-V-I-N-O')}. I did the blood work Monday at the McAllen office, the ${T('A1c', 'a one c')} and the kidney one, and ${P('Dr. Reddy')} said somebody would call. Last time it was like ${T('9.2', 'nine point two')}, so I'm kind of nervous, you know. Birthday ${D('11/30/79', 'eleven thirty seventy nine')}. ${PH('956-555-0117', 'nine five six, five five five, oh one one seven')}.`,
  // 5
  `Buenas, habla ${N('Marisela Rodríguez Olivares')}. I'm calling for my son ${N('Ángel')}, he has Medicaid, the Superior, and they sent a new card so the number changed. Es el ${H('512 804 337', 'cinco uno dos, ocho cero cuatro, tres tres siete')}. He has his appointment el ${D('jueves 26', 'jueves veintiseis')} with ${P('Dr. Longoria')}. Mi cel es ${PH('956-555-0188', 'nueve cinco seis, cinco cinco cinco, cero uno ocho ocho')}.`,
  // 6
  `Hi, good morning, this is ${N('Claudia Zamora')}. My daughter ${N('Daniela')} needs her UIL physical form signed for volleyball, the coach needs it by the ${D('3rd', 'third')}. She was seen here ${D('March 10th', 'march tenth')} for her checkup so I'm hoping you can just sign it without another visit. Her birthday is ${D('August 21st, 2010', 'august twenty first twenty ten')}. I can pick it up at the Edinburg office. ${PH('956-555-0126', 'nine five six, five five five, zero one two six')}. Thank you!`,
  // 7
  `Yes, hello, my name is ${N('Eusebio Villarreal')}, ${N('V-I-L-L-A-R-R-E-A-L')}. I switched my plan in January to the Wellcare, the Medicare Advantage, and the pharmacy says the Tresiba is not covered now. My Medicare number is ${H('3QK7-WE2-HN58', 'three q k seven, w e two, h n five eight')}, and the plan card says, hold on, ${H('W20418833', 'w two oh four, one eight, eight three three')}. My daughter ${N('Norma')} helps me with all this, her number is ${PH('956-555-0131', 'nine five six, five five five, oh one three one')}.`,
  // 8
  `Hi, um, I don't have insurance right now, I lost my job at the packing shed, and somebody told me you guys have a sliding scale? I need to come in for my sugar, I've been out of the glipizide for like two weeks. Me llamo ${N('Óscar Salazar Peña')}. ${PH('956-555-0109', 'nine five six, five five five, zero one zero nine')}. Gracias.`,
  // 9
  `Hi, this is ${N('Lorena Ybarra')}. I'm supposed to get two teeth pulled in Progreso on ${D('Saturday the 28th', 'saturday the twenty eighth')}, and the dentist over there wants a letter saying it's okay with my blood thinner, the warfarin. Can ${P('Dr. Cavazos')} write that, or should I hold it a few days? My INR was ${T('2.8', 'two point eight')} last week. ${PH('956-555-0152', 'nine five six five five five oh one five two')}.`,
  // 10
  `Hola, soy ${N('Ramiro Elizondo')}. I've been buying my insulin in Reynosa because it's cheaper, pero ahora la farmacia doesn't have the same one, they have a different one, the NPH, and I want to know if I can use that and how many units. I'm doing ${T('30 units', 'thirty units')} at night. Por favor call me, ${PH('956-555-0155', 'nine five six five five five oh one fifty five')}.`,
  // 11
  `Hi, this is ${P('Araceli')}, pharmacy tech at the Walgreens on ${T('10th', 'tenth')} and Dove, calling for ${P('Dr. Reddy')}. We got a script for Ozempic ${T('1 milligram', 'one milligram')} for ${N('Felipa Garza Leal')}, date of birth ${D('2/14/66', 'two fourteen sixty six')}, and her Molina plan is asking for a prior auth. Our number is ${PH('956-555-0170', 'nine five six, five five five, oh one seven oh')}, fax ${PH('956-555-0171', 'nine five six, five five five, oh one seven one')}.`,
  // 12
  `Hi, it's ${N('Tony')}, I need to cancel my ${T('9:40', 'nine forty')} on Wednesday, something came up at work. I'll call back to reschedule. Thanks.`,
  // 13
  `Bonjour, hi, it's ${N('Marcel Thibodeau')}, from Quebec, I'm staying at ${AD('Rio Palms Village, lot 58, Harlingen', 'rio palms village lot fifty eight harlingen')}. I'm driving home ${D('April 6th', 'april sixth')} and I need a copy of my ultrasound and the blood tests for my doctor at home, ${P('Dr. Gagnon')}. You can fax it to her office, ${PH('819-555-0124', 'eight one nine, five five five, zero one two four')}. My health card, the RAMQ, is ${H('THIM 4803 1215', 't h i m, four eight zero three, one two one five')}. Merci, thank you.`,
  // 14
  `Hello, good afternoon, this is ${N('Patricia Hinojosa')}, mom of ${N('Matías')} and ${N('Isabella Garza Hinojosa')}. The nurse at their school needs the shot records and ${N('Isabella')}'s asthma action plan before they can do the field trip. Isabella was born ${D('6 de junio del 2014', 'seis de junio del dos mil catorce')} and ${N('Matías')} ${D('January 9th, 2017', 'january ninth twenty seventeen')}. You can email it to ${E('pathinojosa22@gmail.com', 'p a t hinojosa twenty two at gmail dot com')}. Thank you.`,
  // 15
  `Good morning, this is ${P('Kenneth')} with Clinical Pathology Laboratories calling with a critical value for ${P('Dr. Salinas')}. Patient is ${N('Heriberto Quintanilla')}, date of birth ${D('7/9/1958', 'seven nine nineteen fifty eight')}, potassium ${T('6.4', 'six point four')}. Please call me back at ${PH('956-555-0103, extension 4412', 'nine five six, five five five, oh one oh three, extension four four one two')}.`,
  // 16
  `Sí, bueno, habla ${N('María de Jesús Tijerina')}. Le hablo porque mi esposo, ${N('Rogelio')}, se cayó ayer en el patio and now his foot is all swollen and purple, y es diabético. Do we go to the emergency room or can the doctor see him today? We live in ${AD('Colonia Las Palmas, lote 9, manzana 4, off FM 1015, Progreso', 'colonia las palmas lote nueve manzana cuatro off f m ten fifteen progreso')}, it's far, so please call before we drive. ${PH('956-555-0164', 'nueve cinco seis, cinco cinco cinco, cero uno sesenta y cuatro')}.`,
  // 17
  `Hey, it's ${N('Brandon Cuéllar')}. I need a work note for Monday and Tuesday, I was sick with the stomach thing. I work at the Walmart distribution center and HR needs it by Friday. ${PH('956-555-0193', 'nine five six, five five five, oh one nine three')}. Thanks.`,
  // 18
  `Hi, this is ${N('Arlen Vander Ploeg')}, I'm calling for my wife ${N('Marlys')}. She ran out of her Synthroid, the ${T('88', 'eighty eight')}, and we leave for ${AD('Orange City, Iowa')} on ${D('Monday the 30th', 'monday the thirtieth')}. Could you send ninety days to the Hy-Vee pharmacy up there? Her birthday's ${D('October 4th, 1949', 'october fourth nineteen forty nine')}. We're in ${AD('lot 312 at Sunset Ridge RV Resort, Weslaco', 'lot three twelve at sunset ridge r v resort weslaco')}. ${PH('712-555-0145', 'seven one two, five five five, oh one four five')}.`,
  // 19
  `Hola, good morning, I'm calling from the Brownsville office, no wait, I'm a patient at the Brownsville office, sorry. My name is ${N('Alma Delia Ruiz')}, and I need to know if my mammogram referral went through. Valley Baptist called me and said they don't have it. Mi número, ${PH('956-555-0107', 'nueve cinco seis, cinco cinco cinco, cero uno cero siete')}. Gracias, bye.`,
  // 20
  `Hi, I'm calling about the bill. I was told I qualify for the sliding scale, the ${T('40 dollar', 'forty dollar')} visit, but the statement says ${T('$165', 'a hundred sixty five')}. Account number is ${AC('2209-4471', 'two two oh nine, four four seven one')}. This is ${N('Gilberto Alanís')}, ${PH('956-555-0148', 'nine five six, five five five, zero one four eight')}.`,
  // 21
  `Hi, yes, it's ${N('Irma')}, ${N('Irma Longoria')}, no relation to the doctor, ha. I want to move my appointment from the ${D('31st', 'thirty first')}, because that's Cesar Chavez day and my kids are out. Anything the next week. ${PH('956-555-0111', 'nine five six, five five five, oh one, eleven')}.`,
  // 22
  `Buenos días. Le llamo por mi mamá, ${N('Consuelo Garza viuda de Peña')}. Ella tiene ${AG('92', 'noventa y dos')} años y ya no puede ir a la clínica, she can't get in the car anymore. Queremos saber if the doctor can do a home visit or a video visit. Vive conmigo en ${AD('2715 Mile 3 Road, Mission', 'veintisiete quince mile three road mission')}. Soy su hija, ${N('Leticia')}. ${PH('956-555-0174', 'nueve cinco seis, cinco cinco cinco, cero uno siete cuatro')}.`,
  // 23
  `This message is for ${P('Yesenia')}, the diabetes educator. Hi ${P('Yesenia')}, it's ${N('Hortensia Lerma')}. My Libre sensor fell off after two days and Abbott says they'll replace it but I need the serial number from the box and I threw it away. Do you have it? I think the one on the reader is ${DV('0M0004KX7Q2', 'zero m zero zero zero four k x seven q two')}. Call me at ${PH('956-555-0129', 'nine five six, five five five, zero one two nine')}.`,
  // 24
  `Hi, calling for results. ${D('3-15-72', 'three fifteen seventy two')}. Call back, please. ${PH('956-555-0190', 'nine five six five five five oh one nine oh')}.`,
  // 25
  `Hello, this is ${N('Doreen Macaulay')}, ${N('M-A-C-A-U-L-A-Y')}, I'm a winter Texan, we're at ${AD('lot 22, Bougainvillea RV Park, Mission', 'lot twenty two bougainvillea r v park mission')}. I fell on the shuffleboard court Sunday and my wrist is still sore, I just want somebody to look at it before we drive back to ${AD('Brandon, Manitoba')}. My Manitoba health number is ${H('118 442 907', 'one one eight, four four two, nine oh seven')}, I know you might not take it, I can pay cash. ${PH('204-555-0116', 'two oh four, five five five, oh one one six')}.`,
  // 26
  `Hi, it's ${N('Rubén Olivarez')}. Just letting you know I'll be about fifteen minutes late for my ${T('2:15', 'two fifteen')}, I'm coming from work in La Joya and there's construction on ${T('495', 'four ninety five')}. Okay, thanks.`,
  // 27
  `Hi, my name is ${N('Guadalupe Salinas')}, they call me ${N('Lupe')}. I had my ${T('A1c', 'a one c')} done on the ${D('17th', 'seventeenth')} and the portal says ${T('7.1', 'seven point one')}, it was ${T('8.4', 'eight point four')} in December. So is that good? Do I keep the same dose of the Jardiance, the ${T('25', 'twenty five')}? My portal ID is ${M('VFM-208413', 'v f m two oh eight four one three')}. ${PH('956-555-0136', 'nine five six, five five five, oh one thirty six')}.`,
  // 28
  `Hi, yes, this is ${P('Dr. Farouk')}'s office, cardiology at DHR, calling for ${P('Dr. Okafor')}. We need the last two EKGs and the med list for ${N('Abelardo Cisneros')}, birth date ${D('December 12th, 1955', 'december twelfth nineteen fifty five')}, before his stress test on the ${D('1st', 'first')}. Fax to ${PH('956-555-0181', 'nine five six, five five five, oh one eight one')}. This is ${P('Melissa')}. Thank you.`,
  // 29
  `Hey, good morning. My name is ${N('Kyle Brandt')}, I'm a new patient, I just moved down here for a job with the school district, I'm at ${AD('4108 North 29th Lane, McAllen, 78504', 'forty one oh eight north twenty ninth lane mcallen seven eight five oh four')}. I need to get established and get my blood pressure meds going, I have about five days left. My insurance is Blue Cross through TRS, the group number is ${T('127804', 'one two seven eight oh four')} and my ID is ${H('ZGP611830472', 'z g p, six one one, eight three oh, four seven two')}. ${PH('956-555-0120', 'nine five six, five five five, oh one two oh')}.`,
  // 30
  `Bueno, buenas tardes, hablo para pedir mi receta de la presión, el losartán de ${T('50', 'cincuenta')}. Soy ${N('Jesús Guerra Montemayor')}, nací el ${D('12 de diciembre del 52', 'doce de diciembre del cincuenta y dos')}. La farmacia es la del H-E-B en Donna. Gracias, ${PH('956-555-0153', 'nueve cinco seis, cinco cinco cinco, cero uno cinco tres')}.`,
  // 31
  `Hello, I'm calling because my son's CHIP renewal came in and it says we need something from the doctor that he was seen this year? I don't really understand the letter. His name is ${N('Santiago Reyna')}, his CHIP number is ${H('604 118 290', 'six oh four, one one eight, two nine oh')}. I'm ${N('Verónica')}, his mom. ${PH('956-555-0167', 'nine five six, five five five, oh one six seven')}, or my husband ${PH('956-555-0168', 'nine five six five five five oh one six eight')}.`,
  // 32
  `Hi, just wanted to say thank you to ${P('Rocío')} and the whole team in Edinburg, you guys were so nice to my dad last week. That's all. Have a good day.`,
  // 33
  `Hi, this is ${N('Sharon Pettigrew')}, we're winter Texans from ${AD('Mankato')}. My husband ${N('Dale')} needs his ${T('B12', 'b twelve')} shot before we leave, he usually gets it the first of the month but we'll be on the road. Can he come in ${D('Thursday the 26th', 'thursday the twenty sixth')}? We're at ${AD('Paradise Grove, lot 9, in Alamo', 'paradise grove lot nine in alamo')}. ${PH('507-555-0138', 'five oh seven, five five five, oh one three eight')}.`,
  // 34
  `Sí, hola, es ${N('Francisco Javier Saldívar')}, quería saber si ya están mis resultados del colesterol. I did them on the ${D('20th', 'twentieth')}, en ayunas y todo. Mi teléfono es ${PH('956-555-0146', 'nine five six, cinco cinco cinco, cero one four six')}, o sea, ${PH('956-555-0146', 'nueve cinco seis, cinco cinco cinco, cero uno cuatro seis')}. Gracias.`,
  // 35
  `Yeah, hi, it's ${N('Danny Ochoa')}. I have a question about a claim. My insurance denied the visit from ${D('February 18th', 'february eighteenth')}, the claim number on the letter is ${AC('E26041193752', 'e two six oh four one one nine three seven five two')}, and they said your office coded it wrong. Can billing look at it? ${PH('956-555-0197', 'nine five six, five five five, oh one ninety seven')}.`,
  // 36
  `Hello, this is ${N('Wilma Jorgenson')}, calling for my husband, ${N('Harlan')}. He's ${AG('ninety', 'ninety')}, and the home health nurse says his legs are more swollen. She wants ${P('Dr. Okafor')} to call her. Her name is ${P('Brenda Caldwell')}, she's with Rio Home Health, her cell is ${PH('956-555-0183', 'nine five six, five five five, oh one eight three')}. We're in ${AD('lot 401, Tropical Palms, San Benito', 'lot four oh one tropical palms san benito')}. Thank you.`,
  // 37
  `Buenas tardes. I'm calling because I went to the pharmacy in Matamoros and they sold me the Glucophage, it says ${T('850', 'ochocientos cincuenta')} on the box, but the doctor gave me the ${T('500', 'quinientos')}. Is it the same? Can I take it? Soy ${N('Gloria Esparza')}, ${D('23 de octubre de 1964', 'veintitres de octubre de mil novecientos sesenta y cuatro')}. ${PH('956-555-0112', 'nueve cinco seis, cinco cinco cinco, cero uno uno dos')}.`,
  // 38
  `Hi, this is ${N('Nathan Rubio')}, I'm calling for my grandmother, ${N('Paula Rubio')}. She's ${T('89', 'eighty nine')}, she's doing okay, but she keeps getting these bills from you guys and she has Medicaid and Medicare both, so she shouldn't be getting bills. The account number is ${AC('60041823', 'six double oh four, one eight two three')}. I'm at ${PH('956-555-0113', 'nine five six, five five five, oh one one three')}.`,
  // 39
  `Hey, ${N('Esmeralda')} here, ${N('Esmeralda Chapa')}. My daughter's school called, she's got pink eye again, can I get the drops called in without bringing her? She's seven, she was seen for it in February. The CVS on Nolana. ${PH('956-555-0158', 'nine five six five five five oh one five eight')}, thanks.`,
  // 40
  `Hi, this is ${N('Lorraine Beaudry')}, ${N('B-E-A-U-D-R-Y')}, from ${AD('Sault Ste. Marie, Ontario', 'soo saint marie ontario')}, we're down at ${AD('lot 77, Citrus Valley RV Park, Edinburg', 'lot seventy seven citrus valley r v park edinburg')}. I had an appointment with ${P('Dr. Reddy')} on the ${D('25th', 'twenty fifth')} and I have to cancel it, my brother passed away and we're flying home tomorrow. My health card is ${H('5584-302-117-KT', 'five five eight four, three oh two, one one seven, k t')}, if you need it for the file. Thank you.`,
  // 41
  `Hola, mire, le hablo porque tengo cita con la ${P('doctora Salinas')} el ${D('viernes 27', 'viernes veintisiete')} a las ${T('10', 'diez')}, pero no tengo quién me lleve. Can we make it a telephone visit? Soy ${N('Amparo Leal')}, mi número ${PH('956-555-0166', 'nueve cinco seis, cinco cinco cinco, cero uno seis seis')}. Gracias, que Dios la bendiga.`,
  // 42
  `Hi, it's ${N('Chris Nguyen')}, I work nights so I'm calling now. I got my lab results in the portal, the TSH is ${T('7.8', 'seven point eight')} with a high flag. I'm on ${T('50 micrograms', 'fifty micrograms')} of levothyroxine. Does ${P('Dr. Tran-Phan')} want to change it? Text or call ${PH('956-555-0172', 'nine five six, five five five, zero one seven two')}.`,
  // 43
  `Good morning, I'm calling from Driscoll Health Plan, care coordination, my name is ${P('Vanessa Cortez')}. I'm trying to reach the PCP for member ${N('Emiliano Barrera')}, date of birth ${D('May 2nd, 2019', 'may second twenty nineteen')}, Medicaid ID ${H('718 336 054', 'seven one eight, three three six, oh five four')}. He had an ER visit at McAllen Medical Center on ${D('March 19th', 'march nineteenth')} for asthma and we'd like a follow-up within seven days. Callback ${PH('956-555-0115, extension 2230', 'nine five six, five five five, oh one one five, extension two two three oh')}.`,
  // 44
  `Hi, ${N('Becky Schuette')}, ${N('S-C-H-U-E-T-T-E')}. We're in ${AD('lot 186 at Bentsen Grove, Mission', 'lot one eighty six at bentsen grove mission')}. I think I'm getting another bladder infection, the same as in January, and I'd really like to get it treated before we go home to ${AD('Watertown, South Dakota')} next week. ${PH('605-555-0149', 'six oh five, five five five, oh one four nine')}. Thanks so much.`,
  // 45
  `Oh, hi, sorry, I think I have the wrong number, I was trying to get the eye doctor. Sorry.`,
  // 46
  `Hello, yes, my name is ${N('Teodoro Cantú')}, ${N('C-A-N-T-U')}. I want to pay my bill with the card. It's ${C('4271 6893 0215 5746', 'four two seven one, six eight nine three, oh two one five, five seven four six')}, expires ${T('11/28', 'eleven twenty eight')}. The amount is ${T('$75', 'seventy five dollars')}. Any problem, call me, ${PH('956-555-0133', 'nine five six, five five five, zero one three three')}. Thank you.`,
  // 47
  `Hi, this is ${N('Mayra Villegas')}, calling about my dad, ${N('José Luis Villegas Treviño')}, his birthday is ${D('3 de agosto de 1950', 'tres de agosto de mil novecientos cincuenta')}. He had his cataract surgery with ${P('Dr. Benavides')} on ${D('Tuesday the 24th', 'tuesday the twenty fourth')}, and the eye doctor said to ask you about holding his aspirin. He takes the ${T('81', 'eighty one')}. ${PH('956-555-0180', 'nine five six, five five five, oh one eighty')}.`,
  // 48
  `Hi, my name's ${N('Travis Wendt')}. I'm a truck driver out of Pharr, I need my DOT physical, my medical card runs out in April. CDL number ${L('31078824', 'three one oh seven, eight eight two four')}. I run to Laredo and back so afternoons are better. ${PH('956-555-0185', 'nine five six, five five five, oh one eight five')}.`,
  // 49
  `Hola, habla ${N('Reyna Castillo')}. Es para preguntar si la ${P('doctora Longoria')} me puede mandar el referido para el ginecólogo. I'm pregnant, I think like eight weeks, my last period was ${D('January 27th', 'january twenty seventh')}. Tengo Medicaid, el número es ${H('527 090 314', 'cinco dos siete, cero nueve cero, tres uno cuatro')}. ${PH('956-555-0160', 'nueve cinco seis, cinco cinco cinco, cero uno sesenta')}.`,
  // 50
  `Hi, calling on behalf of ${N('Eleanor Haugen')}, she's my mother. She's ${AG('94', 'ninety four')}. She was discharged from Rio Grande Regional yesterday, ${D('March 24th', 'march twenty fourth')}, and they said she needs a follow-up with her primary within a week. I'm ${N('Kristin')}, her daughter, ${PH('651-555-0194', 'six five one, five five five, oh one nine four')}. Mom's staying with us at ${AD('1209 East Dove Avenue, McAllen', 'twelve oh nine east dove avenue mcallen')}.`,
  // 51
  `Sí, bueno, habla ${N('Chayo')}, ${N('Rosario Medina')}. Nomás para avisar que no voy a poder ir a mi cita del martes, es que me tocó trabajar. Luego le hablo para cambiarla. Gracias.`,
  // 52
  `Hi, this is ${N('Angélica Perales')}. My son ${N('Diego')} got a paper from school, he needs a TB test for the summer program at UTRGV, and they want it read by the ${D('10th of April', 'tenth of april')}. Can we do that at the Edinburg office? His birthday is ${D('9/3/08', 'nine three oh eight')}. ${PH('956-555-0122', 'nine five six, five five five, zero one two two')}.`,
  // 53
  `Hi, this is ${P('Josie')}, the nurse practitioner, returning a call for ${P('Dr. Cavazos')}, never mind, wrong line. Sorry.`,
  // 54
  `Hey, it's ${N('Roberto Maldonado')} again. I called yesterday about the Trulicity pens. The pharmacy still doesn't have the prior authorization. I'm down to one pen, I do ${T('1.5', 'one point five')} on Sundays. Please. ${PH('956-555-0176', 'nine five six, five five five, oh one seventy six')}.`,
  // 55
  `Good afternoon. My name is ${N('Deolinda Pacheco')}, I'm with Valley Home Health Care, I'm the RN for ${N('Apolonio Garza')}. I need the plan of care signed by ${P('Dr. Salinas')}, I faxed it twice. My Texas nursing license number is ${L('883472', 'eight eight three, four seven two')}, if they need it for the form. Please call ${PH('956-555-0187', 'nine five six five five five zero one eight seven')}.`,
  // 56
  `Hola, buenos días. I'm calling for my husband, ${N('Abundio Rangel')}, he's out of his Humalog and he has his sugar in ${T('300', 'trescientos')} this morning. He can't come, he's working in the fields in Edcouch. Our address is ${AD('Lot 14, Block 3, Colonia Tierra Bella, Elsa', 'lot fourteen block three colonia tierra bella elsa')}, in case they need to mail something. Soy ${N('Dora')}. ${PH('956-555-0105', 'nueve cinco seis, cinco cinco cinco, cero uno cero cinco')}.`,
  // 57
  `Yeah, hi, this is ${N('Jim Halvorsen')}, my buddy ${N('Ray')} and I are neighbors at ${AD('Llano Grande, lot 112, Mercedes', 'llano grande lot one twelve mercedes')}, and he's not feeling good, he's kind of dizzy and he's got no appetite. He's stubborn, won't go to the ER. Can someone call him, his number's ${PH('319-555-0159', 'three one nine, five five five, oh one five nine')}. His last name is ${N('Dvorak')}, ${N('D-V-O-R-A-K')}. He's a patient there. Thanks.`,
  // 58
  `Hi, my name is ${N('Cynthia Garza Zúñiga')}, my birthday is ${D('February 29th, 1984', 'february twenty ninth nineteen eighty four')}, the leap year one. I need my records sent to my new doctor in San Antonio, I moved. My new address is ${AD('618 Blanco Road, Apartment 12, San Antonio, 78212', 'six eighteen blanco road apartment twelve san antonio seven eight two one two')}. I'll fax the release form. ${PH('210-555-0144', 'two one oh, five five five, oh one four four')}.`,
  // 59
  `Hi, this is ${N('Nelson Tamez')}, I got a voicemail from ${P('Noemí')} in billing about a balance, she said to call back at extension ${T('214', 'two fourteen')}, but it just goes to the main menu. My account is ${AC('77903156', 'seven seven nine oh, three one five six')}. Call me back at ${PH('956-555-0134', 'nine five six, five five five, oh one three four')}.`,
  // 60
  `Hello, good morning. My name is ${N('Hubert Van Dyke')}, I'm ${T('78', 'seventy eight')}, I'm a patient of ${P('Dr. Okafor')}, I'm a winter Texan. I want to get my flu shot records and my pneumonia shot records printed before we head back to ${AD('Kalamazoo')} on the ${D('3rd', 'third')}. We're at ${AD('lot 540, Victoria Palms, Donna', 'lot five forty victoria palms donna')}. Phone ${PH('269-555-0128', 'two six nine, five five five, oh one two eight')}.`,
  // 61
  `Buenas. Habla ${N('Gerardo Zepeda')}. I got the letter about my kidney function, it said to repeat the labs, but the lab slip says fasting and I take the insulin in the morning, so what do I do? Mi número, ${PH('956-555-0178', 'nine five six, cinco cinco cinco, cero uno siete ocho')}. Gracias.`,
  // 62
  `Hi, this is ${N('Kimberly Solís')}. I was in the parking lot at the McAllen office this morning around ${T('11', 'eleven')}, and somebody backed into my car, a silver Corolla, plate ${V('NKT-4820', 'n k t four eight two oh')}. I'm hoping your security camera caught it. Please have the office manager call me at ${PH('956-555-0141', 'nine five six, five five five, oh one four one')}.`,
  // 63
  `Sí, buenas tardes, le hablo de parte de mi suegra, ${N('Herminia Lozano')}. Tiene ${AG('91', 'noventa y un')} años, she needs a letter for the disability parking placard, the old one expired. She's at ${AD('4510 North FM 88, Weslaco', 'cuarenta y cinco diez north f m eighty eight weslaco')}. Me llamo ${N('Beatriz')}, ${PH('956-555-0137', 'nueve cinco seis, cinco cinco cinco, cero uno tres siete')}.`,
  // 64
  `Hi, it's ${N('Larry Ostrander')}. My Dexcom ${T('G7', 'g seven')} keeps giving me sensor errors and Dexcom wants a new prescription from ${P('Dr. Reddy')} for the replacement. The serial on the sensor is ${DV('4CN7W2R81', 'four c n seven w two r eight one')}. I'm at ${AD('Llano Grande, lot 266, Mercedes', 'llano grande lot two sixty six mercedes')}. ${PH('563-555-0117', 'five six three, five five five, oh one one seven')}.`,
  // 65
  `Hi, I'm calling for ${N('Mercedes Garza')}, that's me, I'm ${N('Mercedes')}. I need my blood pressure pill, the amlodipine ${T('10', 'ten')}, sent to the Walgreens in Harlingen, on Ed Carey. My date of birth is ${D('6-6-70', 'six six seventy')}. ${PH('956-555-0189', 'nine five six, five five five, oh one eight nine')}.`,
  // 66
  `Hi, just a quick question, do you guys take the Ambetter plan now? My employer switched. I'll call back. Thanks.`,
  // 67
  `Hola, soy ${N('Nayeli')}, la hija de doña ${N('Juanita')}, bueno, ${N('Juana Maldonado Ríos')}. She's diabetic and she has a sore on her foot that isn't healing, like three weeks. El doctor dijo que la llevara al podiatrist but we need the referral. Ella tiene Medicare, ${H('7AT2-KD9-MM40', 'siete a t dos, k d nueve, m m cuatro cero')}. Call me at ${PH('956-555-0169', 'nueve cinco seis, cinco cinco cinco, cero uno seis nueve')}.`,
  // 68
  `Hi, it's ${N('Marcus Ellison')}, I'm calling for my ${T('A1c', 'a one c')} results from Monday. I know it's only been a couple days. I'm at work so voicemail is fine, you can leave the number. Or the portal. Thanks. ${PH('956-555-0177', 'nine five six, five five five, oh one seven seven')}.`,
  // 69
  `Hi, this is ${N('Patrice Lemieux')} calling for my husband ${N('Guy Lemieux')}, his date of birth ${D('April 14th, 1946', 'april fourteenth nineteen forty six')}. The pharmacy in Brownsville, the CVS on Boca Chica, needs a new prescription for his Farxiga before we leave for ${AD('Moncton')} on ${D('Friday the 27th', 'friday the twenty seventh')}. We're at ${AD('lot 33, Rancho Viejo Resort, Brownsville', 'lot thirty three rancho viejo resort brownsville')}. Our cell is ${PH('506-555-0192', 'five oh six, five five five, oh one nine two')}.`,
  // 70
  `Hello, my name is ${N('Leonardo Aguirre')}, I lost my job and I had to sign up for the county indigent program, the Hidalgo County one, and they gave me a member number ${H('HC-2026-04417', 'h c twenty twenty six, oh four four one seven')} for my visits. I was told to give it to you for the bill. ${PH('956-555-0110', 'nine five six, five five five, oh one ten')}.`,
  // 71
  `Hi, this is ${P('Kayla Moreno')}, I'm the school nurse at Garza Elementary in San Juan. I'm calling about a student, ${N('Alexis Rocha')}, his glucose meter isn't working and his mom said you'd send a new order for the test strips. His birthday is ${D('11/11/2015', 'november eleventh twenty fifteen')}. Our office number is ${PH('956-555-0106', 'nine five six, five five five, oh one oh six')}.`,
  // 72
  `Hi, this is ${N('Hilda Benavides')}. I was calling about my Medicare Advantage, the Humana Gold Plus. They mailed me a new card, and the member ID now is ${H('H87412903', 'h eight seven four, one two nine, oh three')}, so please update it before my appointment ${D('Monday the 30th', 'monday the thirtieth')}. Thank you, mija.`,
  // 73
  `Yes, this is ${N('Dwight Hoekstra')}. I'm calling about the lab bill, ${T('$212', 'two hundred and twelve dollars')}, for blood work on ${D('January 16th', 'january sixteenth')}. I have Medicare and a supplement, the supplement is AARP, ID ${H('4408 1372 51', 'four four oh eight, one three seven two, five one')}. I don't think they billed the supplement. ${PH('920-555-0182', 'nine two oh, five five five, oh one eight two')}.`,
  // 74
  `Hola, buenas noches, I know you're closed. Habla ${N('Zulema Garza Pérez')}, quería pedir cita para mi niño ${N('Iker')}, he needs his four-year shots and the form for Pre-K. Mi número es ${T('956', 'nueve cinco seis')}, ay no, perdón, es el ${PH('956-555-0135', 'nueve cinco seis, cinco cinco cinco, cero uno treinta y cinco')}.`,
  // 75
  `Hi, it's ${N('Ron')}, the guy with the bad knee, no, sorry, it's ${N('Ron Kessler')}. My wife says I need to say my last name. I need my warfarin checked before we leave, my INR. Call me at ${PH('608-555-0147', 'six oh eight, five five five, oh one four seven')}.`,
  // 76
  `Hi, this is ${N('Socorro Valdez')}, my birthday is ${D('September 8th, 1967', 'september eighth nineteen sixty seven')}, and I'm on the sliding scale. I want to know if I can pay the ${T('$120', 'hundred and twenty')} in two payments. My statement account is ${AC('0034-8812-7', 'zero zero three four, eight eight one two, seven')}. ${PH('956-555-0102', 'nine five six, five five five, oh one oh two')}.`,
  // 77
  `Buenos días, mi nombre es ${N('Filiberto Ramírez')}, ${N('R-A-M-I-R-E-Z')}. I'm calling because I need a letter for my immigration, the ${T('I-693', 'i six ninety three')} medical exam? Do you guys do that or do I need a civil surgeon? Me pueden llamar al ${PH('956-555-0150', 'nine five six, five five five, oh one fifty')}. Gracias.`,
  // 78
  `Hi, I'm calling for my mom, ${N('Aurora Salinas de León')}. She went to Reynosa for a dental cleaning and they gave her amoxicillin, and now she's got a rash on her arms and neck. She's allergic to penicillin and she forgot to tell them. She's okay breathing-wise. Please call me right away, this is ${N('Diana')}, ${PH('956-555-0165', 'nine five six, five five five, oh one six five')}.`,
  // 79
  `Hello, this is ${P('Dr. Villescas')}, dentist in Brownsville, calling for ${P('Dr. Longoria')} about a patient of yours, ${N('Pedro Alvarado')}. I need his last ${T('A1c', 'a one c')} before I do implants. He says it was done in February. My office number is ${PH('956-555-0156', 'nine five six, five five five, oh one five six')}, and you can fax to ${PH('956-555-0157', 'nine five six, five five five, oh one five seven')}.`,
  // 80
  `Hi, yes, my name is ${N('Ruth Ann Kowalchuk')}, I'm calling from ${AD('lot 104 at Leisure World, Weslaco', 'lot one oh four at leisure world weslaco')}. I need to get my thyroid medicine sent home to Saskatchewan, but I'm not sure a Texas prescription works there. My doctor at home in ${AD('Yorkton')} is ${P('Dr. Anand')}. My number here is ${PH('306-555-0108', 'three oh six, five five five, oh one oh eight')}.`,
  // 81
  `Sí, hola, buenas tardes. Habla ${N('Agustín Garza')}. Nada más para decirles que ya me llegó mi tarjeta de Medicaid, la nueva, so I can make my appointment now. Mi cumpleaños es el ${D('24 de febrero del 2003', 'veinticuatro de febrero del dos mil tres')}. Llámeme, ${PH('956-555-0114', 'nueve cinco seis, cinco cinco cinco, cero uno catorce')}.`,
  // 82
  `Hey, it's ${N('Tiffany Sauceda')}. My son ${N('Jayden')} needs his sports physical form for baseball at Edinburg North, the coach needs it by Friday. Is there anything Saturday morning? ${PH('956-555-0162', 'nine five six, five five five, oh one six two')}.`,
  // 83
  `Hi, good morning. This is ${N('Ernesto Cárdenas')}, I'm calling about the ${T('$30', 'thirty dollar')} no-show fee. I was in the hospital, at DHR, from ${D('March 12th', 'march twelfth')} to the ${D('15th', 'fifteenth')}, so I couldn't make it. I can bring the discharge papers. ${PH('956-555-0179', 'nine five six, five five five, oh one seven nine')}.`,
  // 84
  `Hello, it's ${N('Evangelina Pruneda')}, calling for a refill on the Victoza, and I also need the pen needles, the ${T('32', 'thirty two')} gauge. My pharmacy is the one in the Walmart on Expressway ${T('83', 'eighty three')} in Weslaco. Birthday ${D('1/19/59', 'january nineteenth fifty nine')}. Thank you.`,
  // 85
  `Hi, this is ${N('Marvin Tollefson')}, ${N('T-O-L-L-E-F-S-O-N')}. I've got an appointment on the ${D('1st', 'first')} but we're leaving earlier than we planned, my grandson's wedding got moved up. We live in ${AD('West Fargo')}, it's a long drive. So I need to cancel that one. We're leaving ${D('Saturday the 28th', 'saturday the twenty eighth')}. ${PH('701-555-0171', 'seven oh one, five five five, oh one seven one')}.`,
  // 86
  `Bueno, buenas. Me hablaron de aquí, de la oficina, pero no dejaron mensaje. Soy ${N('Isidro Galván')}, ${PH('956-555-0119', 'nueve cinco seis, cinco cinco cinco, cero uno uno nueve')}. A ver si me regresan la llamada.`,
  // 87
  `Hi, it's ${N('Melissa Gutiérrez')}. I'd like to get the new patient paperwork for my mother-in-law, she's moving in with us from Mexico. She doesn't have insurance here, so we'll be self-pay. Can you email it to me, ${E('mgutz.rgv@yahoo.com', 'm g u t z dot r g v at yahoo dot com')}. Thank you.`,
  // 88
  `Hola, es ${N('Jorge Armando Saldaña')}. Tengo un dolor de pecho desde anoche, no muy fuerte, but my wife wants me to call. Should I come in or go to the emergency? Mi cel, ${PH('956-555-0173', 'nueve cinco seis, cinco cinco cinco, cero uno setenta y tres')}, y el de mi esposa, ${N('Lety')}, ${PH('956-555-0175', 'nueve cinco seis, cinco cinco cinco, cero uno setenta y cinco')}.`,
  // 89
  `Hi, this is ${P('Omar')} from H-E-B pharmacy on Trenton, calling for ${P('Dr. Tran-Phan')}. We have a patient, ${N('Lucía Ontiveros')}, D-O-B ${D('8/17/88', 'eight seventeen eighty eight')}. Her insulin glargine script says ${T('40 units', 'forty units')} daily but the quantity only covers twenty days. Can we get a new quantity? ${PH('956-555-0198', 'nine five six, five five five, oh one nine eight')}.`,
  // 90
  `Hi, I'm calling for ${N('Genevieve Langlois')}. She's ${AG('ninety-six', 'ninety six')}, she's my aunt, and she's in rehab after the hip. They need her med list. I'm her niece, ${N('Suzanne')}. ${PH('204-555-0154', 'two oh four, five five five, zero one five four')}.`,
  // 91
  `Buenas tardes. I'm calling to ask about the patient assistance for the Mounjaro, because it's like ${T('$1,000', 'a thousand dollars')} and I can't pay that. ${P('Dr. Reddy')} said he'd try. Soy ${N('Margarita Chávez Lugo')}, mi fecha de nacimiento ${D('30 de noviembre de 1975', 'treinta de noviembre de mil novecientos setenta y cinco')}. ${PH('956-555-0186', 'nueve cinco seis, cinco cinco cinco, cero uno ocho seis')}.`,
  // 92
  `Hi, my name is ${N('Andrés Quiroga')}. I need to get copies of my records for my disability case, my lawyer needs them. They said I need to give my driver's license, it's ${L('40918276', 'four oh nine one, eight two seven six')}. I'll pick them up at the McAllen office. ${PH('956-555-0161', 'nine five six, five five five, oh one sixty one')}.`,
  // 93
  `Hi, this is ${N('Denise Ferrell')}. I'm at ${AD('Lot 7, Block 12, Colonia Los Ébanos, off Mile 17 1/2 Road, Edcouch', 'lot seven block twelve colonia los ebanos off mile seventeen and a half road edcouch')}. Our mail doesn't get delivered right out here so please don't mail the new insulin pump supplies, I'll pick them up. The pump serial is ${DV('21470835', 'two one four seven, oh eight three five')}. ${PH('956-555-0125', 'nine five six, five five five, zero one two five')}.`,
  // 94
  `Hi, good morning. I'm calling to ask what time the Brownsville office closes on Friday. I have a ${T('4:30', 'four thirty')} appointment and I get off at four. Thanks.`,
  // 95
  `Hola, buenas tardes. Le hablo para pedir el resultado de mi hija, ${N('Ximena')}, ${N('Ximena Benítez Soto')}. Le hicieron el examen de la tiroides el ${D('19', 'diecinueve')}. Ella nació el ${D('2 de abril del 2009', 'dos de abril del dos mil nueve')}. Mi número es ${PH('956-555-0121', 'nueve cinco seis, cinco cinco cinco, cero uno veintiuno')}. Soy su mamá, ${N('Berenice')}.`,
  // 96
  `Yeah, hi, this is ${N('Doug Brekke')}, I think I left my reading glasses in exam room ${T('4', 'four')} yesterday, at the McAllen office, they're the black ones in a brown case. If somebody finds them, give me a call, ${PH('952-555-0139', 'nine five two, five five five, oh one three nine')}.`,
  // 97
  `Hello, my name is ${N('Yolanda Garza-Cavazos')}, I'm the daughter of ${N('Eligio Garza')}. He passed away on ${D('March 14th', 'march fourteenth')}, and I need a copy of his medical records for the life insurance. His date of birth was ${D('5/5/1938', 'may fifth nineteen thirty eight')}. I have the death certificate. ${PH('956-555-0123', 'nine five six, five five five, oh one two three')}.`,
  // 98
  `Hi, I'm ${N('Clara Bautista')}. I want to set up my portal but I don't get the email. Maybe you have the old email, the new one is ${E('clarita.bautista@hotmail.com', 'clarita punto bautista arroba hotmail punto com')}. My chart number, it's on the paper, ${M('1047226', 'uno cero cuatro, siete dos dos, seis')}. Gracias.`,
  // 99
  `Hey, ${N('Mark Ostrowski')}, winter Texan at ${AD('Tip O\' Texas RV, lot 48, Pharr', 'tip o texas r v lot forty eight pharr')}. I'd like to pay the last visit with my Mastercard, ${C('5529 0418 3376 2102', 'five five two nine, oh four one eight, three three seven six, two one oh two')}, exp ${T('03/27', 'oh three twenty seven')}. Thanks. ${PH('414-555-0196', 'four one four, five five five, oh one nine six')}.`,
  // 100
  `Hi, this is ${N('Graciela Montalvo')}. I'm calling because my husband's ${T('A1c', 'a one c')} was ${T('11.3', 'eleven point three')}, and ${P('Dr. Cavazos')} wants him on insulin, but he's scared of the needles. Can we do the class with ${P('Yesenia')} first? His name is ${N('Efraín Montalvo')}. Our home is ${AD('1422 Calle Jacaranda, San Juan', 'fourteen twenty two calle jacaranda san juan')}. ${PH('956-555-0130', 'nine five six, five five five, oh one thirty')}.`,
  // 101
  `Hi, I need to reschedule, I have the ${T('8:15', 'eight fifteen')} with the nurse on Thursday for the ${T('B12', 'b twelve')} shot. Anything next week. It's ${N('Pam Reinholt')}. ${PH('612-555-0118', 'six one two, five five five, oh one one eight')}.`,
  // 102
  `Buenos días. Le llamo para ver si me pueden dar una carta de que estoy bajo tratamiento, para el trabajo, porque mi supervisor me la pidió. Soy ${N('Homero Lara')}, ${D('7 de julio del 81', 'siete de julio del ochenta y uno')}. Trabajo en la planta de Reynosa, so I cross every day. ${PH('956-555-0143', 'nine five six, five five five, oh one four three')}, o mi número de México, ${PH('+52 899 555 0143', 'cincuenta y dos, ocho nueve nueve, cinco cinco cinco, cero uno cuatro tres')}.`,
  // 103
  `Hi, this is ${P('Tasha')} from Quest Diagnostics in Harlingen. We received a specimen for ${N('Florentino Gallegos')} with no date of birth on the requisition, can someone call us back with it? ${PH('956-555-0199', 'nine five six, five five five, oh one nine nine')}. Thanks.`,
  // 104
  `Hi, yeah, my name is ${N('Tomás Escobedo')}. Somebody from your office called me about a refund, I think it was ${P('Sylvia')}, and she needs the last four of my social to verify. It's ${SS('8062', 'ocho cero seis dos')}, uh, ${SS('8062', 'eight oh six two')}. ${PH('956-555-0151', 'nine five six, five five five, oh one five one')}.`,
  // 105
  `Hello, this is ${N('Bernice Wahlstrom')}, I have a question. I've been going to a pharmacy across in Progreso for my blood pressure medicine, the lisinopril, ${T('20 milligrams', 'twenty milligrams')}, and they have the same pill for ${T('$8', 'eight dollars')} for a hundred, but it looks different. Is it safe? I'm at ${AD('Magic Valley Park, lot 16, Weslaco', 'magic valley park lot sixteen weslaco')}. ${PH('563-555-0127', 'five six three, five five five, zero one two seven')}.`,
  // 106
  `Hi, this is ${N('Araceli Ledesma')}, calling for my dad, ${N('Rigoberto Ledesma')}. He has an appointment ${D('Wednesday, April 1st', 'wednesday april first')} but his Medicaid changed to the ${T('STAR+PLUS', 'star plus')}, the Wellpoint, new number ${H('619 447 802', 'six one nine, four four seven, eight oh two')}. Can you check if it's active? ${PH('956-555-0104', 'nine five six, five five five, zero one zero four')}.`,
  // 107
  `Hola, soy ${N('Lupita')}, ${N('Guadalupe Ortiz')}, I'm calling about my mammogram, I had it at the Women's Center at DHR on the ${D('16th', 'sixteenth')}, they called me back for more pictures, and I'm scared, I want to talk to the doctor. Please, ${PH('956-555-0138', 'nueve cinco seis, cinco cinco cinco, cero uno tres ocho')}.`,
  // 108
  `Hi, this is ${N('Glenn Ashby')}. I'm in ${AD('lot 261 at Alamo Rose RV Resort', 'lot two sixty one at alamo rose r v resort')}. My car got towed from your Edinburg lot yesterday, I was only in there an hour, I had the ${T('2 o\'clock', 'two oclock')}. It's a blue Buick, Iowa plate ${V('JHT 229', 'j h t two two nine')}. I need somebody to call me and tell me where it went. ${PH('515-555-0191', 'five one five, five five five, oh one nine one')}.`,
  // 109
  `Buenas tardes, hablo por doña ${N('Chole')}, ${N('Soledad Tovar')}, she's my neighbor, she lives alone at ${AD('612 Calle Azucena, Colonia Cameron Park, Brownsville', 'seis doce calle azucena colonia cameron park brownsville')}. She ran out of her heart pills and she doesn't have a phone. I'll take her, but she needs an appointment. Mi teléfono es ${PH('956-555-0132', 'nueve cinco seis, cinco cinco cinco, cero uno tres dos')}, soy ${N('Irene')}.`,
  // 110
  `Hi, it's ${N('Carlos Fuentes')}, yeah, like the writer. Um, I need a refill on the albuterol inhaler, I'm using it more with the pollen. CVS on ${T('2nd', 'second')} Street. My birthday, ${D('July 4th, 1990', 'july fourth nineteen ninety')}. ${PH('956-555-0184', 'nine five six, five five five, oh one eight four')}.`,
  // 111
  `Hi, I'm calling for a price. How much is a visit if you don't have insurance, and how much for the ${T('A1c', 'a one c')} test, just the lab? I'll call back. Thanks.`,
  // 112
  `Hi there, this is ${N('Ingrid Solberg')}, I'm a patient of ${P('Dr. Okafor')}. My daughter set up a fundraiser for my husband's surgery, and the hospital wants a letter from his doctor. She said you could read the details at ${U('gofundme.com/f/help-ole-solberg', 'go fund me dot com slash f slash help ole solberg')}. His name is ${N('Ole')}. Our number, ${PH('218-555-0102', 'two one eight, five five five, oh one oh two')}.`,
  // 113
  `Hola, le habla ${N('Nicolás Garza Benavides')}, su cumpleaños, no, mi cumpleaños es el ${D('15 de marzo', 'quince de marzo')}, I just turned ${T('65', 'sesenta y cinco')}, so I'm on Medicare now, the red white and blue card. El número es ${H('1EG4-TE5-MK73', 'uno e g cuatro, t e cinco, m k siete tres')}. I wanted you to have it before my checkup. ${PH('956-555-0140', 'nueve cinco seis, cinco cinco cinco, cero uno cuarenta')}.`,
  // 114
  `Hi, this is ${N('Stacy Villanueva')}, calling for my son ${N('Aiden Villanueva')}, he's sixteen. He's on CHIP, member number ${H('835 601 227', 'eight three five, six oh one, two two seven')}. He needs a follow-up for his ADHD meds, the Concerta ${T('36', 'thirty six')}, and the school wants a form. ${PH('956-555-0127', 'nine five six, five five five, oh one two seven')}. Thanks!`,
  // 115
  `Yes, hello, this is ${N('Raymond Fitzgerald')} at ${AD('Lot 19, Casa del Valle, Alamo', 'lot nineteen casa del valle alamo')}, ${PH('641-555-0163', 'six four one, five five five, oh one six three')}. Uh, I paid with my Discover at the front desk, ${C('6011 2847 0935 2615', 'six oh one one, two eight four seven, oh nine three five, two six one five')}, and I was charged twice for the ${T('$45', 'forty five dollars')}. Please refund one. Thank you.`,
  // 116
  `Hola, buenos días. Es ${N('Adriana Gómez')}, llamando por mi papá, ${N('Fidencio Gómez Lerma')}. He's got his appointment with ${P('Dr. Reddy')} mañana, el ${D('26', 'veintiseis')}, pero necesitamos un intérprete? No, no, I'll go with him, never mind. Just tell the doctor his sugars have been high, like ${T('250', 'doscientos cincuenta')}. ${PH('956-555-0101', 'nueve cinco seis, cinco cinco cinco, cero uno cero uno')}.`,
];
