/**
 * Blind held-out PHI gold set 61: an ordinary week in late spring on the voicemail of a busy general
 * internal-medicine and women's-health practice in Washington, DC, with offices serving the Maryland and
 * Virginia suburbs (Silver Spring, Hyattsville, Alexandria, Arlington, Falls Church). The everyday mix:
 * refills, lab and imaging results, screening and diagnostic mammograms, abnormal Pap and colposcopy
 * follow-ups, prenatal and postpartum calls, contraception, referrals and prior authorisations, DC Medicaid
 * and DC Alliance, Maryland and Virginia Medicaid, federal employee plans, Tricare and Medicare, work, FMLA,
 * visa and disability forms, records requests and billing. Callers are Ethiopian, Eritrean, Salvadoran,
 * Guatemalan, Vietnamese, Korean, Nigerian, Ghanaian, Indian, Afghan, Black and white patients and families;
 * government workers leaving office lines with extensions, embassy and university staff; some give an
 * apartment or unit number or only a building name, some give two numbers, some leave a name only at the
 * end. A few calls come from pharmacies, labs, radiology, home health, hospitals and other offices.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME or PROVIDER span ("Mrs. «Tekle»", "Ms. «Dunmore» in billing");
 *   "Dr." stays inside PROVIDER. Patients, callers and relatives (first names alone included) are NAME;
 *   clinicians, midwives, nurses, front-desk and billing staff, pharmacists, lab, radiology and home-health
 *   staff named in their working role are PROVIDER. An interpreter's ID number is plain text.
 * - A spelled-out name ("«A-S-S-E-F-A»") is its own NAME span, spelling aids included.
 * - DATE covers full or partial calendar dates tied to a person: birth dates, visits, procedures, deliveries,
 *   last menstrual periods, due dates, absences, surgery and discharge dates ("the «20th»" with "the"
 *   outside; "«Tuesday the 13th»" with the weekday inside). Weekdays, months or years alone, relative words,
 *   clock times, gestational ages, durations and card expiry dates are not labelled.
 * - Every callback or fax number of a person or outside business is PHONE, with a caller's office extension
 *   inside the span; the practice's own menu options, nurse-line option and extensions are not labelled. A
 *   false start the caller abandons stays outside; a full repeat is a new span.
 * - The last four of a social and a full social are SSN. Chart, patient, portal and outside medical record
 *   numbers are MRN; billing statement account and claim numbers are ACCOUNT; Medicaid, DC Alliance,
 *   Medicare, FEP, Tricare and commercial member/subscriber IDs are HEALTH_PLAN_ID (group numbers and Rx BIN
 *   numbers are not labelled); driver's licence numbers are LICENSE; continuous-glucose-monitor and cardiac
 *   monitor serials are DEVICE; card numbers (Luhn-valid) are CARD, expiry dates plain.
 * - ADDRESS is where a patient or caller lives or stays: a street address with apartment or unit, a named
 *   apartment building with its unit, or the town alone ("we live in «Falls Church»"); said together it is
 *   one span. Pharmacies, hospitals, embassies, agencies, universities, employers and this practice's
 *   offices and suites are not labelled, nor is a state alone.
 * - AGE only for ages over 89 (the number phrase alone); younger ages, weeks of pregnancy, doses, lab values,
 *   blood pressures, counts, room numbers and amounts of money are plain text.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", pairs ("forty seven"),
 *   "double five", "five fifty five", "oh one hundred", restarts; emails with "at", "dot" and "underscore".
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, T } = pause;

export const BLIND61_MESSAGES: string[] = [
  // 1
  `Hi, good morning, this is ${N('Tigist Alemu')}. I am calling for refill of my metformin, the ${T('500', 'five hundred')}, I take it ${T('2', 'two')} times a day. The pharmacy is the Giant on Georgia Avenue. My date of birth is ${D('3/14/1981', 'three fourteen nineteen eighty one')}. Please call me, ${PH('202-555-0147', 'two oh two, five five five, oh one four seven')}. Thank you.`,
  // 2
  `Hi, this is ${N('Darnell Proctor')}. I had blood drawn on ${D('Monday the 12th', 'monday the twelfth')} for my physical and I still don't see anything in the portal. I'm at work, you can reach me at ${PH('202-555-0163, extension 2281', 'two oh two, five five five, oh one six three, extension two two eight one')}, or my cell, ${PH('240-555-0119', 'two four oh, five five five, oh one one nine')}. I'm in meetings from ${T('1 to 3', 'one to three')}, so after that is better. Thanks.`,
  // 3
  `Hola, hi, my name is ${N('Reina Hernández Aguilar')}. I receive a letter that say my Pap is abnormal and I need to come back for the, the colposcopy? I don't understand very well what it is. If possible somebody who speak Spanish, please. My date of birth is ${D('8/22/1979', 'eight twenty two seventy nine')}. My number is ${PH('301-555-0182', 'three zero one, five five five, zero one eight two')}. Gracias.`,
  // 4
  `Hi, this is ${P('Lorraine')} with scheduling at Washington Radiology on Connecticut. I'm calling about a mammogram order for ${N('Katherine Whitlock')}, date of birth ${D('September 9th, 1962', 'september ninth nineteen sixty two')}. The order came over as a screening, but she's telling us she feels a lump on the right side, so we'll need a diagnostic bilateral with a right breast ultrasound before we can book her. You can fax the new order to ${PH('202-555-0125', 'two oh two five five five oh one two five')}. Thank you.`,
  // 5
  `Hi, it's ${N('Chiamaka Okafor')}, I'm one of ${P('Dr. Abernathy')}'s OB patients, I'm ${T('26', 'twenty six')} weeks. My due date is ${D('August 21st', 'august twenty first')}. I'm supposed to do the ${T('1-hour', 'one hour')} glucose test on Thursday and I can't remember if I need to fast. Also my feet have been really swollen since yesterday, I don't know if that's normal. Please call me, ${PH('240-555-0136', 'two four zero, five five five, zero one three six')}.`,
  // 6
  `Hello, my name is ${N('Lan Nguyen')}. I deliver my baby on ${D('May 2nd', 'may second')} at Holy Cross, and the hospital say I come to you for the check after ${T('6', 'six')} weeks, but I still have pain where is the stitches. Can I come more early? My husband ${N('Minh')} can also answer, his phone ${PH('301-555-0174', 'three oh one five five five oh one seven four')}. Mine is ${PH('301-555-0158', 'three oh one five five five oh one five eight')}. Thank you.`,
  // 7
  `Good afternoon, this is ${N('Margaret Fairbanks')}. I need a referral to a gastroenterologist for a colonoscopy. I'm ${T('52', 'fifty two')} and I've been putting it off long enough. I have the federal Blue Cross, standard option, and my member ID is ${H('R41173086', 'r four one one seven three zero eight six')}. I'm at Commerce during the day, my desk line is ${PH('202-555-0129, extension 36014', 'two oh two, five five five, oh one two nine, extension three six oh one four')}. Thank you.`,
  // 8
  `Hi, this is ${N('Yonas Haile')}. I'm calling about the FMLA paperwork to take care of my wife, ${N('Meron')}, she had her surgery on ${D('April 29th', 'april twenty ninth')}. I dropped the form at the front desk on ${D('Tuesday the 13th', 'tuesday the thirteenth')} and HR needs it back by Friday. The HR fax is on the form. My number is ${PH('571-555-0112', 'five seven one, five five five, oh one one two')}. Thank you very much.`,
  // 9
  `Hello, my name is ${N('Gretchen Albrecht')}. I'm moving to Denver in June and I need my records sent to my new doctor there. I filled out the release online but it asked for my driver's license number and the box kept rejecting it. It's Maryland, ${L('A-416-207-338-195', 'a four one six, two oh seven, three three eight, one nine five')}. My date of birth is ${D('11/30/1975', 'eleven thirty seventy five')}. You can email me at ${E('gretchen.albrecht@comcast.net', 'gretchen dot albrecht at comcast dot net')}.`,
  // 10
  `Yes, hi, this is ${N('Antoine Wormley')}. I got a statement in the mail, the account number is ${AC('560238871', 'five six oh, two three eight, eight seven one')}, balance of ${T('$62.18', 'sixty two eighteen')}, and I'd just like to pay it over the phone. It's a Mastercard, ${C('5425 2334 3010 9903', 'five four two five, two three three four, three oh one oh, nine nine oh three')}, expiration ${T('11/27', 'eleven twenty seven')}. If there's any problem, ${PH('202-555-0166', 'two oh two, five five five, oh one six six')}.`,
  // 11
  `Hey, yeah, I'm calling about my Pap results. I got a notification in MyChart but it just says "not released" or whatever. Could somebody call me back, ${PH('703-555-0191', 'seven zero three, five five five, zero one nine one')}. This is ${N('Colleen')}, ${N('Colleen Brennan')}.`,
  // 12
  `Hi, I'm just calling to see if you all take DC Medicaid, and if you have any new patient appointments for a women's health visit, like in the next month. I'll try back tomorrow morning. Thank you.`,
  // 13
  `Hello, this is ${N('Bernice Hollis')}, I'm calling for my mother, ${N('Odessa Hollis')}. She's ${AG('94', 'ninety four')} and since Sunday she's been more confused than usual and her legs are swelling up. She's a patient of ${P('Dr. Rahimi')}. Her Medicare number is ${H('4HJ7-WT2-RA63', 'four h j seven, w t two, r a six three')}. She's living with me now at ${AD('1407 Underwood Street Northwest', 'fourteen oh seven underwood street northwest')}. Please call me at ${PH('202-555-0178', 'two oh two, five five five, oh one seventy eight')}.`,
  // 14
  `Good morning, this is ${N('Akosua Mensah')}, I work at the Embassy of Ghana. I need a medical form completed for my visa renewal and it asks for a TB test result. Can I come in for the skin test this week? Thursday is not good for me. My office is ${PH('202-555-0104, extension 118', 'two zero two, five five five, zero one zero four, extension one one eight')}, and mobile ${PH('571-555-0187', 'five seven one five five five zero one eight seven')}. Thank you.`,
  // 15
  `Hi, this is ${N('Eunice Yoon')}, calling for my father, ${N('Sang-ho Yoon')}, date of birth ${D('July 2nd, 1943', 'july second nineteen forty three')}. He ran out of his Eliquis, the ${T('5', 'five')} milligram, and the pharmacy said the prescription expired. He doesn't speak much English, so please call me instead, ${PH('703-555-0133', 'seven oh three, five five five, oh one three three')}. Thank you.`,
  // 16
  `Salaam, hello. I am calling for my mother, ${N('Farida Nazari')}. She is ${T('61', 'sixty one')}. She needs appointment for women's doctor, for the bleeding, female doctor only please. She has Virginia Medicaid, the number is ${H('802119354470', 'eight oh two one, one nine three five, four four seven oh')}. We live in ${AD('Falls Church', 'falls church')}. I am her son, ${N('Ahmad')}, my number ${PH('703-555-0140', 'seven oh three five five five oh one four oh')}.`,
  // 17
  `Hi, this is ${P('Deepak')}, the pharmacist at the CVS on Columbia Pike in Arlington. We received a prescription for ${N('Shabnam Hotak')}, date of birth ${D('1/19/1990', 'one nineteen nineteen ninety')}, for nitrofurantoin ${T('100', 'one hundred')} milligrams, but there's no duration on it. Can ${P('Dr. Solomon')} let us know if it's ${T('5', 'five')} days or ${T('7', 'seven')}? Our number is ${PH('703-555-0151', 'seven oh three, five five five, oh one five one')}, press ${T('2', 'two')} for the pharmacy. Thanks.`,
  // 18
  `This is ${P('Renee')} calling from Quest Diagnostics with a critical value. Patient ${N('Babatunde Ogunleye')}, date of birth ${D('2/6/1958', 'two six fifty eight')}, potassium ${T('6.4', 'six point four')}, collected this morning, ordering provider ${P('Dr. Solomon')}. Please call us back to acknowledge at ${PH('703-555-0122', 'seven zero three five five five zero one two two')}. Thank you.`,
  // 19
  `Hello, my name is ${N('Marvin Ixcot')}. They tell me my DC Alliance is going to expire and I need to do the, the recertification, and they need a letter from the clinic. My Alliance number is ${H('71845203', 'seven one eight, four five two, oh three')}. I can pick up. My phone ${PH('202-555-0115', 'two oh two, five five five, oh one one five')}. Thank you.`,
  // 20
  `Hi, um, I just found out I'm pregnant and I want to set up my first prenatal appointment. My last period started ${D('April 6th', 'april sixth')}. I have Maryland Medicaid through Priority Partners, the ID is ${H('41003377219', 'four one oh oh three three seven seven two one nine')}. My name is ${N('Xiomara Flores')}, and it's ${PH('240-555-0171', 'two four oh, five five five, oh one seven one')}. Okay, thank you.`,
  // 21
  `Hi, it's ${N('Bethlehem Assefa')}, ${N('A-S-S-E-F-A')}. I'm returning a call from ${P('Hirut')}, I think she said it was about my ultrasound. I'm available until ${T('4:30', 'four thirty')} today. ${PH('240-555-0154', 'two four zero five five five zero one five four')}. Thanks.`,
  // 22
  `Hi, I'm calling to cancel my appointment for tomorrow at ${T('9:45', 'nine forty five')} with ${P('Dr. Lindqvist')}. My son has a fever. I'll call back next week to reschedule. This is ${N('Harpreet Kaur')}.`,
  // 23
  `Good morning. This is ${N('Rebecca Stoltzfus')}. I'm due for my Depo shot, my last one was ${D('February 24th', 'february twenty fourth')}, so I think I'm right at the ${T('12', 'twelve')} weeks. Can I just come in for a nurse visit, or do I need to see the doctor? I live in ${AD('Takoma Park', 'takoma park')} so the Silver Spring office is easiest. ${PH('301-555-0138', 'three oh one, five five five, oh one thirty eight')}.`,
  // 24
  `Hello, good afternoon, my name is ${N('Oluwaseun Adeyemi')}. I'm calling about a bill from ${D('March 18th', 'march eighteenth')}. The claim was denied by Aetna, and Aetna says your office sent it with the wrong member ID. The correct ID is ${H('W287730154', 'w two eight seven, seven three oh, one five four')}. The claim number they gave me is ${AC('EA25031877402', 'e a two five oh three one eight seven seven four oh two')}. Please resubmit. ${PH('301-555-0149', 'three oh one, five five five, oh one four nine')}, thank you.`,
  // 25
  `Hi, my name is ${N('Meseret Tadesse')}, I'm a patient of ${P('Dr. Rahimi')}. I need a refill on my lisinopril, ${T('20', 'twenty')} milligrams, ${T('90', 'ninety')}-day supply to the Safeway on Piney Branch. Birthday ${D('10/4/1969', 'ten four sixty nine')}. Thanks. ${PH('301-555-0183', 'three oh one five five five oh one eight three')}.`,
  // 26
  `This is ${P('Sharon Pettiford')}, RN, with Amedisys Home Health, calling about our mutual patient ${N('Ernestine Cobb')}, date of birth ${D('12/11/1933', 'twelve eleven thirty three')}. She's ${AG('91', 'ninety one')}. Her blood pressure today was ${T('168 over 94', 'one sixty eight over ninety four')}, she says she's been taking her amlodipine. We need a verbal order to continue skilled nursing for ${T('2', 'two')} more weeks. You can reach me on my cell at ${PH('202-555-0193', 'two oh two five five five oh one nine three')}.`,
  // 27
  `Hi, yes, I'm calling for a medical record for my daughter. She needs her vaccine record for the university, she's starting at George Mason in the fall. Her name is ${N('Ruta Kidane')}, date of birth ${D('June 15th, 2006', 'june fifteenth two thousand six')}. I am her mother, ${N('Helen Berhane')}. You can email it to ${E('ruta.kidane06@gmail.com', 'ruta dot kidane oh six at gmail dot com')}. My number is ${PH('571-555-0106', 'five seven one, five five five, oh one oh six')}.`,
  // 28
  `Hey, this is ${N('Keisha Dorsey')}. I've been bleeding on and off for like ${T('2', 'two')} weeks now and it's heavy, I'm soaking through a pad every couple hours. I have the Mirena, they put it in back in ${T('2022', 'twenty twenty two')}. Is that something I need to come in for? You can text or call, ${PH('202-555-0109', 'two oh two, five five five, oh one oh nine')}.`,
  // 29
  `Hi, this is ${N('Latrice Whitaker')}. I'm staff at Howard, not a student, and I need a letter for my accommodation saying I can work from home for ${T('4', 'four')} weeks after the surgery. ${P('Dr. Abernathy')} said she'd write it. The surgery is ${D('June 4th', 'june fourth')}. My office line is ${PH('202-555-0186, extension 6620', 'two oh two five five five oh one eight six, extension sixty six twenty')}. Thank you.`,
  // 30
  `Buenas tardes, my name is ${N('Juana Tzoc')}, ${N('T-Z-O-C')}. I have my baby ${D('April 30', 'april thirty')}. I want the birth control, the implant in the arm, and my appointment after the baby is ${D('June 10th', 'june tenth')}. I can get it the same day? My phone is ${PH('301-555-0120', 'three zero one, five five five, zero one two zero')}. And my address changed, now is ${AD('7611 Riggs Road, Apartment 203, Hyattsville', 'seventy six eleven riggs road, apartment two oh three, hyattsville')}. Thank you.`,
  // 31
  `Hello, my name is ${N('Mi-sook Kim')}. I get a letter, they say come back for more picture, for the mammogram, left side. I am very worried, what is this? Please call my daughter, she will translate, her name ${N('Grace')}, ${PH('571-555-0162', 'five seven one, five five five, oh one six two')}. Thank you.`,
  // 32
  `Hello, this is the Amharic interpreter, ID number ${T('30418', 'three zero four one eight')}, calling on behalf of the patient, ${N('Abebech Wolde')}. She says she was seen on ${D('May 14th', 'may fourteenth')} and got a prescription for her stomach, the pantoprazole, but the pharmacy is telling her it needs a prior authorization. She asks that the doctor please send it. Her number is ${PH('202-555-0131', 'two oh two, five five five, oh one three one')}. Thank you.`,
  // 33
  `Hi, this is ${P('Tonya')} with utilization management at MedStar Family Choice. We're reviewing a prior authorization for a lumbar MRI for member ${N('Darius Pettaway')}, member ID ${H('DC0938815', 'd c oh nine three eight eight one five')}, and we need the last ${T('6', 'six')} weeks of physical therapy notes before we can approve. Please fax clinicals to ${PH('202-555-0198', 'two oh two, five five five, oh one nine eight')}, attention ${P('Tonya')}. Thank you.`,
  // 34
  `Hey, good morning, my name's ${N('Rodney Tillman')}. My wife ${N('Crystal')} is one of ${P('Dr. Rahimi')}'s pregnancy patients and Tricare says we need a referral for her to see the high-risk doctor at Walter Reed. Her DoD benefits number is ${H('10483726519', 'one oh four eight three, seven two six five one nine')}. Her birthday's ${D('January 8th, 1996', 'january eighth ninety six')}. Best number is mine, ${PH('240-555-0117', 'two four oh, five five five, oh one seventeen')}.`,
  // 35
  `Hi, this is a message for billing. I'm trying to find out what the self-pay price is for a new patient visit with a Pap, just a ballpark. My cousin said it was about ${T('$150', 'a hundred fifty dollars')} last year. I'll call back Monday between ${T('9 and 10', 'nine and ten')}. Thanks.`,
  // 36
  `Hi, I'm calling for my grandmother, ${N('Pham Thi Hoa')}, she's ${AG('92', 'ninety two')}. She was born ${D('March 3rd, 1933', 'march third nineteen thirty three')}. She fell at home on ${D('Sunday the 18th', 'sunday the eighteenth')}, nothing broken, but the ER said she needs to follow up with her primary within a week. That's ${P('Dr. Lindqvist')}. I'm ${N('Vy Le')}, her granddaughter, ${PH('703-555-0175', 'seven oh three five five five oh one seven five')}. Thanks.`,
  // 37
  `Good afternoon, this is, um, I'm calling about my blood pressure medicine. The hydrochlorothiazide is making me go to the bathroom all night, and I wanted to ask the doctor if I can take it in the morning instead, or switch. My pressure at home is about ${T('138 over 86', 'one thirty eight over eighty six')}. You can call me at home, ${PH('301-555-0146', 'three oh one, five five five, oh one four six')}, or on the cell, ${PH('240-555-0181', 'two four oh, five five five, oh one eight one')}. This is ${N('Ifeoma Nwosu')}. Thank you.`,
  // 38
  `Hi, this is ${N('Kwame Asante')}. I work for the Postal Service at the Merrifield plant and my supervisor needs a note for when I was out, ${D('May 12th', 'may twelfth')} through ${D('May 15th', 'may fifteenth')}. I saw ${P('Dr. Solomon')} on the ${D('13th', 'thirteenth')}. I can pick it up at the Alexandria office. ${PH('571-555-0128', 'five seven one, five five five, oh one two eight')}.`,
  // 39
  `Hello, my name is ${N('Cynthia Grable')}, I'm a federal employee, I work at Agriculture, and I'm applying for disability retirement. OPM needs the physician's statement, the form ${T('SF-3112C', 's f thirty one twelve c')}, filled out by ${P('Dr. Rahimi')}. I'll drop it off Friday. My work number is ${PH('202-555-0150, extension 7713', 'two oh two, five five five, oh one five oh, extension seven seven one three')}. My date of birth is ${D('4/27/1966', 'four twenty seven sixty six')}. Thank you.`,
  // 40
  `Hi, this is ${N('Anjali Mehra')}, I'm a grad student at Georgetown. I need to get the Gardasil series finished, I had the first shot at student health on ${D('February 3rd', 'february third')}. Do you do walk-in vaccines? My email is ${E('am4471@georgetown.edu', 'a m four four seven one at georgetown dot e d u')}, or call, ${PH('202-555-0142', 'two zero two, five five five, zero one four two')}.`,
  // 41
  `Hi, this is ${N('Abena Owusu')}, I'm ${T('31', 'thirty one')} weeks with the gestational diabetes. My Dexcom fell off after only ${T('3', 'three')} days and the pharmacy says they can't refill early unless the doctor sends a new prescription. Dexcom asked me for the serial number, it's ${DV('4M7Q21J8', 'four m seven q two one j eight')}, in case you need it. My sugars this morning was ${T('104', 'one oh four')} fasting. ${PH('301-555-0165', 'three oh one five five five oh one six five')}.`,
  // 42
  `Yes, this is ${N('Gordon Pryce')}. I had that heart monitor patch put on ${D('May 9th', 'may ninth')} and I mailed it back like they told me, but the company says they never got it. The serial number on my paperwork is ${DV('ZX2207413', 'z x two two oh seven four one three')}. Could someone call them, or call me? ${PH('703-555-0103', 'seven oh three, five five five, oh one oh three')}.`,
  // 43
  `Hello, my name is ${N('Zarghona Ahmadzai')}. I want to take out the implant, the Nexplanon, because we want another baby. I had it put in ${D('June of 2022', 'june of twenty twenty two')}. For the letter, my address is ${AD('Fenwick Towers, apartment 1412, Silver Spring', 'fenwick towers, apartment fourteen twelve, silver spring')}. Phone is ${PH('240-555-0196', 'two four oh, five five five, oh one nine six')}. Thank you.`,
  // 44
  `Hi, ${N('Nora Callahan')}. I need a new order for my screening mammogram, my last one was ${D('May 20th, 2024', 'may twentieth twenty twenty four')}, and Sibley won't schedule me without it. I'd like the ${T('3D', 'three d')} one again. ${PH('202-555-0188', 'two oh two five five five oh one double eight')}. Thank you.`,
  // 45
  `Hi, this is ${N('Antonio Cruz Benítez')}. I'm applying for disability, and the state office said they'll send you a request for my records. In case they need to match it up, my social is ${SS('219-50-7731', 'two one nine, five oh, seven seven three one')}. I was seen there mostly by ${P('Dr. Solomon')}. ${PH('301-555-0110', 'three oh one, five five five, oh one one oh')}. Thank you.`,
  // 46
  `Hello, this is ${N('Josephine Akers')} and I'm calling because Ms. ${P('Dunmore')} in billing asked me to call back with the last four of my social, it's ${SS('6620', 'six six two oh')}, so she can find my old account from when I had my maiden name, ${N('Josephine Lyles')}. My number is ${PH('202-555-0156', 'two oh two, five five five, oh one fifty six')}.`,
  // 47
  `Hi, um, my name is ${N('Jordan Mills')}. My wife, ${N('Ashley')}, had our baby ${D('May 1st', 'may first')} and she's just, she's not herself. She's not sleeping, she cries all the time, and she said something last night that scared me. She said it's okay for me to call. She's a patient of ${P('Marguerite')}, the midwife. Please call us today, ${PH('571-555-0130', 'five seven one, five five five, oh one thirty')}.`,
  // 48
  `Hello, this is ${N('Senait Ghebremeskel')}, that's ${N('G-H-E-B-R-E-M-E-S-K-E-L')}. I'm calling for my hepatitis B results from last week. The doctor said if it's positive I need the liver doctor. My date of birth is ${D('9/1/1984', 'nine one nineteen eighty four')}. You can call me on ${PH('202-555-0134', 'two zero two, five five five, zero one three four')}. Thank you.`,
  // 49
  `Hi, it's ${N('Deepa Raghunathan')}. I'm ${T('9', 'nine')} weeks pregnant and ${P('Dr. Rahimi')} wanted me to recheck my TSH so she could adjust the levothyroxine. I did the lab at LabCorp on Saturday. My patient number is ${M('00731552', 'oh oh seven three one five five two')}. I'm currently taking ${T('75', 'seventy five')} micrograms. ${PH('703-555-0114', 'seven oh three five five five oh one one four')}.`,
  // 50
  `Hi, this is ${P('Patrice')}, discharge nurse at MedStar Washington Hospital Center, calling to set up a ${T('7-day', 'seven day')} follow-up for ${N('Leonard Sayles')}, date of birth ${D('8/19/1951', 'eight nineteen fifty one')}, discharged ${D('May 16th', 'may sixteenth')} after a CHF admission. His medical record number with us is ${M('3007189245', 'three oh oh seven, one eight nine, two four five')}. Discharge summary is being faxed. My direct line is ${PH('202-555-0172', 'two oh two five five five oh one seven two')}. Thank you.`,
  // 51
  `Hi, this is ${N('Ngozi Eze')}. My mother is in town visiting from Lagos and she ran out of her blood pressure pills, she's not a patient, I'm the patient. Can ${P('Dr. Abernathy')} see her as a visitor, or where should I take her? She's ${T('74', 'seventy four')}. She's staying with me in ${AD('Bowie', 'bowie')}. Call me, ${PH('301-555-0189', 'three oh one, five five five, oh one eight nine')}.`,
  // 52
  `Hello, my name is ${N('Yaw Darko')}. I'm calling because my wife, ${N('Efua Darko')}, she had the Pap last month and the doctor told her to repeat in one year, but she received a letter with a different thing. We are confused. Her date of birth is ${D('11/17/1987', 'eleven seventeen nineteen eighty seven')}. My number, ${PH('240-555-0102', 'two four zero, five five five, zero one zero two')}. Thank you.`,
  // 53
  `Hi, my number is ${T('703', 'seven oh three')}, no wait, sorry, the cell is ${PH('571-555-0144', 'five seven one, five five five, oh one four four')}. This is ${N('Hyun-woo Choi')}. I need a refill of the atorvastatin ${T('40', 'forty')} milligrams, Harris Teeter pharmacy in Clarendon. Thank you.`,
  // 54
  `Hi, it's ${N('Tanya Gaither')}, calling back about my appointment. Somebody left a message that ${P('Dr. Lindqvist')} is out on Friday. Can I move to the following Tuesday, any time after ${T('2', 'two')}? Same number you have on file. Thanks.`,
  // 55
  `Hi, this is ${P('Angela')} from ${P('Dr. Menon')}'s office at Foxhall OB-GYN. We're sending over a patient, ${N('Marisol Quintanilla')}, date of birth ${D('5/5/1991', 'five five ninety one')}, she's transferring her prenatal care to you because she moved to ${AD('Alexandria', 'alexandria')}. Her records are going out today by fax. If you need anything, our number is ${PH('202-555-0124', 'two oh two, five five five, oh one two four')}. Thanks.`,
  // 56
  `Good morning, this is ${N('Harold Fenstermacher')}, I'm calling because I'm now on Medicare, I retired from the Census Bureau on ${D('April 30th', 'april thirtieth')}, and I want to make sure you have the new card before my physical. The number is ${H('7CN2-GE8-UK15', 'seven c n two g e eight u k one five')}. My supplement is still the federal plan. Thank you. Oh, ${PH('301-555-0107', 'three oh one five five five oh one oh seven')}.`,
  // 57
  `Yes, hello, I am calling about my mother, she is in Holy Cross Hospital now, room ${T('614', 'six fourteen')}. Her name is ${N('Almaz Gebru')}. The hospital doctor wants to talk to her regular doctor, ${P('Dr. Rahimi')}, about her sugar medicines. The nurse station number is ${PH('301-555-0113', 'three oh one five five five oh one one three')}. I am ${N('Selam')}, her daughter, my cell is ${PH('240-555-0168', 'two four oh, five five five, oh one six eight')}.`,
  // 58
  `Hi, my daughter ${N('Maya Pettiford-Greene')} is ${T('16', 'sixteen')} and she's due for her HPV shots, and she also wants to talk to someone about her periods being really painful. Do you see teenagers? Her birthday is ${D('October 12th, 2008', 'october twelfth two thousand eight')}. I'm her mom, ${N('Denise')}. ${PH('202-555-0159', 'two oh two, five five five, oh one five nine')}.`,
  // 59
  `Hello, good morning. I'm calling to ask about the results from my bone density scan. I did it on ${D('May 6th', 'may sixth')} at the Arlington imaging center. I'm on the alendronate since ${T('2021', 'twenty twenty one')}. ${PH('703-555-0179', 'seven oh three, five five five, oh one seven nine')}. It's ${N('Margarethe Olander')}, ${N('O-L-A-N-D-E-R')}.`,
  // 60
  `Hey, this is ${N('Shonda Mayfield')}. I got charged a ${T('$40', 'forty dollar')} no-show fee but I called to cancel, I talked to someone named ${P('Tasha')} the day before. The account on the bill is ${AC('8104-22937', 'eight one oh four, two two nine three seven')}. I want that taken off. ${PH('202-555-0137', 'two oh two, five five five, oh one three seven')}.`,
  // 61
  `Hi, this is ${N('Ana Lucía Xicará')}. I have appointment Thursday at ${T('10:30', 'ten thirty')} for my pregnancy but I don't have a ride. Can I change to the afternoon? My number is tres, no, ${PH('301-555-0176', 'three zero one, five five five, zero one seven six')}. Thank you, bye.`,
  // 62
  `Hi, this is ${N('Sunita Agarwal')}. I had an abnormal mammogram and the biopsy is scheduled for ${D('Wednesday, May 28th', 'wednesday may twenty eighth')}, and the breast center told me to stop my aspirin ${T('7', 'seven')} days before. I wanted to double-check with ${P('Dr. Solomon')} since I have the heart stent. My cell is ${PH('703-555-0157', 'seven oh three five five five oh one five seven')}, and my husband ${N('Rakesh')} is ${PH('703-555-0197', 'seven oh three five five five oh one nine seven')}.`,
  // 63
  `Hi, yes, I'm calling about a referral for a sleep study, I'm pretty sure I have sleep apnea. My Kaiser, no, I don't have Kaiser anymore, I have CareFirst now. The ID is ${H('XPG882440197', 'x p g, eight eight two, four four oh, one nine seven')}. Group number ${T('10063527', 'one oh oh six three five two seven')}. This is ${N('Terrence Bouldin')}, date of birth ${D('2/2/1970', 'two two seventy')}. ${PH('240-555-0111', 'two four oh, five five five, oh one eleven')}.`,
  // 64
  `Hi, good afternoon. It's ${N('Mariam Popal')}. I take the birth control pill, the Sprintec, and I am going to Kabul to visit family for ${T('2', 'two')} months. Can I get ${T('3', 'three')} packs at once? The pharmacy is Walgreens on Lee Highway. Date of birth ${D('12/1/1994', 'twelve one ninety four')}. ${PH('571-555-0125', 'five seven one, five five five, oh one twenty five')}.`,
  // 65
  `This is ${N('Wendy Guardado')}, I'm calling because my Maryland Medicaid changed from Amerigroup to CareFirst Community, the new member ID is ${H('MD44021957', 'm d four four zero two one nine five seven')}. I have my appointment on the ${D('29th', 'twenty ninth')}. I live in ${AD('Langley Park', 'langley park')}. My phone is ${PH('301-555-0139', 'three zero one, five five five, zero one three nine')}. Okay, thank you.`,
  // 66
  `Hi, this is ${P('Kelechi')}, I'm the pharmacist at the Giant in Hyattsville. We have a prescription for Diflucan ${T('150', 'one fifty')} for ${N('Temitope Bankole')}, but she's telling us she's pregnant and she's not sure the doctor knew that. Can somebody call us back? ${PH('301-555-0164', 'three oh one, five five five, oh one six four')}. Thank you.`,
  // 67
  `Hi, it's ${N('Rosa Ajanel')}, I call for results of the blood of my sugar, the ${T('A1C', 'a one c')}. I go to the lab ${D('May 15', 'may fifteen')}. I live now in ${AD('2300 Pimmit Drive, apartment 716, Falls Church', 'twenty three hundred pimmit drive apartment seven sixteen falls church')}, I move. My number is ${PH('703-555-0118', 'seven zero three, five five five, zero one one eight')}. Thank you.`,
  // 68
  `Hey, this is ${N('Brian Kowalczyk')}, I'm at the State Department, and I need a medical clearance exam for an overseas posting. MED said I can get the labs and the physical done with my own doctor and they'll send the forms. Can I get in before ${D('June 20th', 'june twentieth')}? I'm at ${PH('202-555-0169, extension 3', 'two oh two, five five five, oh one six nine, extension three')} during the day. Thanks.`,
  // 69
  `Hi, calling about ${N('Eleanor Brightwater')}. I'm her son, ${N('Paul')}. Mom is ${AG('97', 'ninety seven')} and lives at Brooke Grove in Sandy Spring, the assisted living. The nurses there said her Medicare Advantage denied the home visit. Can someone in billing look at it? Her UnitedHealthcare member ID is ${H('917204431', 'nine one seven, two oh four, four three one')}. My number is ${PH('301-555-0185', 'three oh one, five five five, oh one eight five')}.`,
  // 70
  `Hi. I'm calling because I think I have a UTI again. It burns and I'm going every ${T('20', 'twenty')} minutes. Last time ${P('Dr. Abernathy')} said I could call and she'd send something in. It's ${N('Priyanka Iyer')}, ${D('6/30/88', 'six thirty eighty eight')}, CVS in Shirlington. ${PH('703-555-0160', 'seven oh three, five five five, oh one six oh')}.`,
  // 71
  `Hi, yes. I'm calling to ask if you have any openings for a new patient physical, and whether you take the federal GEHA plan. I'll be in a training all day so I'll call back. Thank you.`,
  // 72
  `Hi, this is ${N('Fernando Argueta')}. My wife ${N('Dinora Castillo')} has a prenatal appointment next week with ${P('Dr. Rahimi')}, but we are going to be moving to ${AD('4302 Oglethorpe Street, Hyattsville', 'forty three oh two oglethorpe street hyattsville')}, so please update. Also, she want to know if she can do the glucose test the same day. ${PH('240-555-0145', 'two four zero, five five five, zero one four five')}.`,
  // 73
  `This message is for ${P('Dr. Lindqvist')}. This is ${P('Dr. Achterberg')} from cardiology at Virginia Hospital Center, calling about our mutual patient ${N('Walter Nwachukwu')}. His echo showed an ejection fraction of about ${T('35', 'thirty five')} percent. I'm starting him on a few things and I'd like to coordinate. Please call me on my cell, ${PH('703-555-0192', 'seven oh three, five five five, oh one nine two')}.`,
  // 74
  `Hello, this is ${N('Bao Ngoc Vu')}. I am calling for the refill of my husband's medicine, ${N('Thanh Vu')}. He take the Januvia and metformin. His date of birth is ${D('4/14/1956', 'four fourteen fifty six')}. The pharmacy is Eden Center, the one on Wilson Boulevard. My number is ${PH('703-555-0126', 'seven oh three five five five zero one two six')}.`,
  // 75
  `Hi, ${N('Gloria Etheridge')} calling. I got a letter from the IRS, no, from the insurance, an explanation of benefits, that I owe ${T('$212', 'two hundred twelve dollars')} for the visit on ${D('April 3rd', 'april third')}, but it was my well woman, it should be free. The claim number is ${AC('1932500471', 'one nine three two five, oh oh four seven one')}. Can billing check the code? ${PH('202-555-0102', 'two oh two five five five oh one oh two')}. Thanks.`,
  // 76
  `Hello. This is ${N('Mohammad Wali Stanikzai')}. I need the form for my wife, for the immigration, the medical exam. I think you are not the civil surgeon? Please call and tell me where to go. ${PH('571-555-0153', 'five seven one, five five five, oh one five three')}. I am in ${AD('Arlington', 'arlington')}, near Columbia Pike.`,
  // 77
  `Hi, this is ${N('Kathleen Dunphy')}, returning a call from ${P('Dr. Solomon')}'s nurse about my CT scan. She said there was a small nodule and they want to repeat it in ${T('6', 'six')} months. I just had some questions. Work is ${PH('703-555-0100, extension 4412', 'seven oh three, five five five, oh one hundred, extension forty four twelve')}, that's the Pentagon, so it might take a minute to get through. Or my cell, ${PH('571-555-0194', 'five seven one, five five five, oh one nine four')}.`,
  // 78
  `Hi, it's ${N('Ruth Abernathy')}, no relation to the doctor, ha. I'm calling to get my flu and shingles vaccine record for my new job, they want it uploaded by the ${D('1st', 'first')}. My portal account number is ${M('PT-4408821', 'p t four four oh eight eight two one')}. Thank you. ${PH('301-555-0121', 'three oh one, five five five, oh one two one')}.`,
  // 79
  `Good morning. I am calling from the Embassy of Ethiopia, the consular section, to confirm an appointment for one of our staff, ${N('Dawit Mekonnen')}, for Friday at ${T('11', 'eleven')}. He will come with the embassy driver. Please call ${PH('202-555-0180, extension 220', 'two oh two five five five oh one eight oh, extension two twenty')}, that is the consular section. Thank you.`,
  // 80
  `Hi, this is ${N('Melissa Hardesty')}. I'm ${T('38', 'thirty eight')} weeks, and I've been having contractions about every ${T('10', 'ten')} minutes since ${T('6', 'six')} this morning. The after-hours message said to call labor and delivery but I just wanted someone to know. I'm heading to Sibley. My husband's number is ${PH('202-555-0141', 'two oh two, five five five, oh one four one')}.`,
  // 81
  `Hello, this is ${N('Chinedu Okonkwo')}. I'm calling for the result of my prostate test, the PSA. It was drawn ${D('May 8th', 'may eighth')}. Please, if it is normal, just leave a message on my phone, ${PH('240-555-0161', 'two four oh, five five five, oh one six one')}. If not normal, I want to talk to ${P('Dr. Lindqvist')} himself. Thank you.`,
  // 82
  `Hi, it's ${N('Linh Tran')}. I had a miscarriage last ${D('Thursday, May 15th', 'thursday may fifteenth')}, the ER said to follow up with my OB in ${T('1', 'one')} to ${T('2', 'two')} weeks for a blood test. I'm still bleeding a little. I'd like to see ${P('Dr. Abernathy')} if possible. ${PH('571-555-0178', 'five seven one, five five five, oh one seventy eight')}.`,
  // 83
  `Hi, this is ${N('Colleen Brennan')} again. I called Monday about my Pap. Just checking since I didn't hear back. Same number, ${PH('703-555-0191', 'seven oh three, five five five, oh one nine one')}. Thanks.`,
  // 84
  `Hello, I need to pay for my visit, please. I'm ${N('Helen Tsegaye')}, my account number is ${AC('772140', 'seven seven two, one four oh')}. The card is Visa, ${C('4532 0971 8846 2019', 'four five three two, zero nine seven one, eight eight four six, two zero one nine')}, expire ${T('04/28', 'zero four twenty eight')}, and the amount is ${T('$35', 'thirty five dollars')}. Thank you.`,
  // 85
  `Hi, this is ${N('Daniel Okoro')}. I'm a grad student at Catholic University and I lost my student health insurance card. Could you tell me the member ID you have on file? Or actually, never mind, I'll just call Aetna Student Health. Sorry. Thanks.`,
  // 86
  `Hello, this is ${N('Aster Tekle')}, I am Mrs. ${N('Tekle')}, I call for my appointment. I have Pap on ${D('Monday, June 2nd', 'monday june second')}, but my period maybe will come that day. I need to change? Please call, ${PH('202-555-0127', 'two oh two, five five five, zero one two seven')}.`,
  // 87
  `Hi, it's ${N('Sarah Goldfarb')}. I was in last week for the IUD insertion and I'm still cramping a lot, like, ibuprofen ${T('800', 'eight hundred')} every ${T('8', 'eight')} hours isn't touching it. Is that normal? ${PH('202-555-0174', 'two oh two, five five five, oh one seven four')}. Thanks.`,
  // 88
  `Hi, this is ${P('Monique')} from ${P('Dr. Hsu')}'s office at Capital Digestive Care. We received the referral for ${N('Margaret Fairbanks')} for a screening colonoscopy, but it came without the insurance info. If you could fax the face sheet to ${PH('301-555-0152', 'three oh one, five five five, oh one fifty two')}, we'll get her scheduled. Thank you.`,
  // 89
  `Hi, my name is ${N('Imani Thorne-Bassey')} and I'm calling on behalf of my grandfather, ${N('Ezekiel Thorne')}. He's ${AG('90', 'ninety')}, turned ${AG('90', 'ninety')} on ${D('May 11th', 'may eleventh')}, and he wants to stop his cholesterol pill. He says he's earned it. Could ${P('Dr. Lindqvist')} call him, or me? My number is ${PH('202-555-0116', 'two oh two five five five oh one one six')}. His is ${PH('202-555-0197', 'two oh two five five five oh one nine seven')}.`,
  // 90
  `Hello, ${N('Jin-ah Seo')}, ${N('S-E-O')}. I'm ${T('14', 'fourteen')} weeks pregnant and I want to do the genetic blood test, the NIPT, but my insurance said it needs prior authorization. I have the Kaiser federal plan, my Kaiser ID is ${H('K00418837', 'k zero zero four one eight eight three seven')}. Please call me back, ${PH('571-555-0148', 'five seven one five five five zero one four eight')}.`,
  // 91
  `Hi, this is ${N('Isabel Méndez')}, calling about the work form, the accommodation for my pregnancy, no heavy lifting over ${T('20', 'twenty')} pounds. My employer is the Marriott in Crystal City and they need it by Monday. My due date is ${D('October 14th', 'october fourteenth')}. ${PH('703-555-0132', 'seven oh three, five five five, oh one three two')}.`,
  // 92
  `Hey, this is ${N('Marcus Dade')}. I was told to call back and press ${T('4', 'four')} for the nurse but it went to voicemail, so here I am. I got stung by something on Saturday and my hand is still swollen. Call me, ${PH('240-555-0184', 'two four oh, five five five, oh one eight four')}.`,
  // 93
  `Hi, um, this is about my mom's records. She passed away on ${D('April 19th', 'april nineteenth')} and the life insurance company needs her medical records from the last ${T('2', 'two')} years. Her name was ${N('Florence Adjei')}, date of birth ${D('7/7/1950', 'seven seven nineteen fifty')}. I'm the executor, ${N('Kofi Adjei')}. I can send the letters of administration. ${PH('301-555-0116', 'three oh one, five five five, oh one one six')}, or email ${E('kofi.adjei@outlook.com', 'kofi dot adjei at outlook dot com')}.`,
  // 94
  `Good morning, I'm calling to get a copy of my lab orders. I go to the LabCorp on Wisconsin Avenue and they said they didn't get it. I'm ${N('Helen Marsh')}. I'll be home all day. ${PH('202-555-0111', 'two oh two, five five five, oh one one one')}.`,
  // 95
  `Hi, this is ${N('Teresa Villatoro')}, calling for my sister, ${N('Blanca Villatoro')}, she doesn't speak English. She had a positive pregnancy test at home, and she has the DC Medicaid, number ${H('70412388', 'seven oh four one, two three eight eight')}. She lives at the ${AD('Kenyon, apartment 3B', 'kenyon, apartment three b')}. You can call me, ${PH('202-555-0195', 'two oh two, five five five, oh one nine five')}.`,
  // 96
  `Hi, it's ${N('Lakshmi Venkataraman')}. Just a quick question, I'm taking the prenatal vitamin and my iron pill, ${T('325', 'three twenty five')} milligrams, and I wanted to know if I can take them together. Not urgent. ${PH('571-555-0102', 'five seven one five five five oh one oh two')}. Thank you.`,
  // 97
  `Hello, this is the front desk at Arlington Free Clinic, calling for ${N('Mercedes Lainez')}. She was seen here and we're referring her to you for the abnormal Pap follow-up, since we don't do colposcopies. Her date of birth is ${D('3/28/1983', 'three twenty eight eighty three')}. She has Virginia Medicaid now, ID ${H('112047388206', 'one one two oh, four seven three eight, eight two oh six')}. Our fax is ${PH('703-555-0134', 'seven oh three five five five oh one three four')}. Thank you.`,
  // 98
  `Hi, ${N('Patricia Gwinn')} here, I'm calling about the letter I got saying ${P('Dr. Lindqvist')} is leaving the practice. Who do I get switched to? I have my diabetes follow-up in July. ${PH('301-555-0169', 'three oh one, five five five, oh one sixty nine')}.`,
  // 99
  `Hi, good evening, this is ${N('Efosa Igbinedion')}. I'm calling for a refill of the sildenafil, the ${T('50', 'fifty')}. The last time the pharmacy gave me only ${T('6', 'six')} tablets because the insurance. Maybe the doctor can write for ${T('30', 'thirty')} days. My date of birth is the ${D('2nd of February, 1974', 'second of february nineteen seventy four')}. ${PH('240-555-0126', 'two four oh five five five oh one two six')}. Thanks.`,
  // 100
  `Hi, this is ${N('Kim Cavanaugh')} calling from Fairfax County Public Schools, I'm a teacher there, but I'm calling as a patient. I need the form for my return to work after my hysterectomy, my surgery was ${D('April 22nd', 'april twenty second')} and ${P('Dr. Abernathy')} cleared me at my visit on ${D('Monday, May 19th', 'monday may nineteenth')}. HR's fax is ${PH('571-555-0172', 'five seven one, five five five, oh one seven two')}. My cell is ${PH('703-555-0185', 'seven oh three, five five five, oh one eight five')}.`,
  // 101
  `Hi, this is ${N('Stella Oduya')}. My new patient appointment is tomorrow and I'm trying to fill out the forms, but the portal keeps saying my email is already in use. It's ${E('stella_oduya@yahoo.com', 'stella underscore oduya at yahoo dot com')}. Can someone fix it? ${PH('240-555-0133', 'two four oh five five five oh one three three')}.`,
  // 102
  `Hello. I'm calling for ${N('Abdul Rahim Safi')}, he is my father. He has Medicare and also Virginia Medicaid. He had the kidney test and the doctor wants him to see the kidney specialist in Alexandria. His Medicare number is ${H('2QM5-DT7-XK48', 'two q m five, d t seven, x k four eight')}. Please call me, I am ${N('Nazir')}. ${PH('703-555-0107', 'seven oh three five five five oh one oh seven')}.`,
  // 103
  `Hi, yeah, I'm calling about a prescription for, uh, for Ella, the morning after pill. The pharmacy said I need a prescription for that one. It's kind of urgent. This is ${N('Caitlin Moriarty')}, ${PH('202-555-0144', 'two oh two, five five five, oh one four four')}. Please call me back today.`,
  // 104
  `Hi, this is ${N('Mulugeta Desta')}. I got the letter about the colon test, the one you do at home. I didn't get the kit in the mail yet. My address is ${AD('3801 Connecticut Avenue Northwest, apartment 512, Washington, DC 20008', 'thirty eight oh one connecticut avenue northwest, apartment five twelve, washington d c two zero zero zero eight')}. Thank you.`,
  // 105
  `Good morning, it's ${N('Deborah Kessler')}. I'm calling for the results of my biopsy from ${D('Friday the 16th', 'friday the sixteenth')}. ${P('Dr. Solomon')} said it would take about a week. I'm a little anxious. I'm at my office at NIH, ${PH('301-555-0100, extension 2236', 'three oh one, five five five, oh one oh oh, extension two two three six')}, or home, ${PH('301-555-0143', 'three oh one, five five five, oh one four three')}.`,
  // 106
  `Hello, this message is for ${P('Hirut')} at the front desk. This is ${N('Elizabeth Anane')}. You asked me to call back with my husband's insurance information for the baby. It's Cigna through the World Bank, the subscriber is ${N('Kojo Anane')}, ID ${H('U84421097', 'u eight four four two one oh nine seven')}. The baby was born ${D('May 10th', 'may tenth')}. Thank you.`,
  // 107
  `Hi, it's ${N('Chantal Mbeki')}, I have a question about my thyroid, the levothyroxine. I've been taking ${T('88', 'eighty eight')} micrograms, the pharmacy gave me ${T('100', 'a hundred')} this time. Which one is right? ${PH('202-555-0119', 'two oh two, double five five, oh one one nine')}.`,
  // 108
  `Hey, this is ${N('Greg Ostrowski')}. I was in on the ${D('14th', 'fourteenth')} for the physical and I need the blood work from that sent to my life insurance company, they sent a form. My date of birth is ${D('January 5th, 1979', 'january fifth seventy nine')}. You can reach me at ${PH('703-555-0177', 'seven oh three, five five five, oh one seventy seven')}. Thanks.`,
  // 109
  `Hi, I'm calling to cancel my mammogram for Thursday at ${T('8:15', 'eight fifteen')}. I'm going to be out of town. I'll call back in June to reschedule. This is ${N('Joanne Whitt')}. Thank you.`,
  // 110
  `Hello, this is ${N('Hye-jin Park')}, ${N('P-A-R-K')}, date of birth ${D('8/8/1982', 'eight eight eighty two')}. I'm calling because I had a positive COVID test this morning and I have an appointment tomorrow. Should I come, or do a video visit? ${PH('571-555-0116', 'five seven one five five five oh one one six')}.`,
  // 111
  `Hi, yes, my name is ${N('Eyerusalem Tesfaye')}. I'm calling about my insurance. I lost my job at the Department of Education and my FEHB ended on ${D('May 31st', 'may thirty first')}. I'm going to apply for Maryland Medicaid. Is there a discount if I pay cash until it's approved? I'm at ${AD('8700 Flower Avenue, unit 304, Silver Spring', 'eighty seven hundred flower avenue, unit three oh four, silver spring')}. ${PH('301-555-0160', 'three oh one, five five five, oh one six oh')}.`,
  // 112
  `This is ${P('Brenda')}, patient coordinator at Inova Schar Cancer Institute. We have a new consult for ${N('Patrice Ogunbiyi')}, date of birth ${D('6/11/1971', 'six eleven seventy one')}, and we need the pathology report from her breast biopsy. Please fax to ${PH('571-555-0190', 'five seven one, five five five, oh one nine oh')}. Thank you.`,
  // 113
  `Hey, this is ${N('Nate')}. Um, I'm not a patient yet, but my girlfriend is, she told me to call. I need a doctor too, do you see men? I have Virginia Medicaid. Call me back, ${PH('703-555-0139', 'seven oh three, five five five, oh one three nine')}.`,
  // 114
  `Hello, good morning, this is Sister ${N('Mary Agnes Mulroney')}, I'm calling for our convent, we have several sisters who are patients. Sister ${N('Bernadette')} is ${AG('96', 'ninety six')} and she needs her Medicare wellness visit. We're at ${AD('1400 Quincy Street Northeast', 'fourteen hundred quincy street northeast')}. Our house phone is ${PH('202-555-0108', 'two oh two, five five five, oh one oh eight')}. God bless.`,
  // 115
  `Hi, this is ${N('Adaeze Nwachukwu')}, I'm calling to confirm my postpartum appointment, I think it's ${D('Thursday, June 12th', 'thursday june twelfth')}, and I want to bring my baby, she's ${T('5', 'five')} weeks. Is that okay? Also, I need a letter for my job at the World Bank saying I'm still on leave. ${PH('202-555-0153', 'two oh two, five five five, oh one five three')}. Thank you.`,
  // 116
  `Hi, this is ${N('Raymond Szymanski')} returning the call from ${P('Tasha Ellery')}, the nurse practitioner. She said my ${T('A1C', 'a one c')} went up to ${T('8.2', 'eight point two')} and she wants to start a new medicine. I'm at ${PH('703-555-0181', 'seven oh three five five five oh one eight one')}, I'm home all afternoon.`,
];
