/**
 * Blind held-out PHI gold set 78: an ordinary week in February on the voicemail of an internal-medicine and
 * family practice with offices in Mesa and Tempe, Arizona (Phoenix East Valley, area codes 480, 602, 623).
 * Refills, results, referrals and prior auths; AHCCCS (Arizona Medicaid, said "access") and Medicare
 * Advantage plans; ASU students with campus-area apartments and out-of-state home phones and parents;
 * snowbirds from the Midwest and Canada in 55+ resorts and park-model homes, with travel insurance and home
 * provincial health cards, planning their trip home; heat-season planning for diuretics and the elderly;
 * Valley Fever (cocci) questions. Callers include retirees, students, Mexican and Mexican-American families,
 * Akimel O'odham and Pima families from the Gila River and Salt River communities, Iraqi and Afghan refugee
 * families (some with limited English, interpreter requests), and large Latter-day Saint families. Calls
 * also come from pharmacies, other offices, a hospice, a home-health agency, a DME supplier and vendors.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Tanner»"); "Dr." stays inside PROVIDER.
 * - Clinicians, and staff of this practice, pharmacies, labs, other offices and agencies named in their
 *   working role ("«Trevor» at the Walgreens", "«Kaylee», the MA"), are PROVIDER; patients, callers,
 *   relatives, neighbours and friends are NAME. A first name alone is NAME. A spelled name is its own NAME.
 * - DATE covers a full or partial calendar date tied to a person (birth, visit, death, absence, a snowbird's
 *   departure or arrival date, plan start date, "the «24th»" with "the" outside); a weekday said with its
 *   date is inside. Weekdays, months or years alone, "next week", clock times and card expiry are not.
 * - Every callback or fax number of a person or outside business is PHONE, an extension inside; this
 *   practice's menu options and extensions are not labelled. An abandoned false start stays outside.
 * - AHCCCS IDs, Medicare numbers (MBI), Medicare Advantage member IDs, Canadian provincial health-card
 *   numbers, student health plan IDs and travel-insurance policy numbers are HEALTH_PLAN_ID; group numbers
 *   are not labelled. Chart, portal and other clinics' patient numbers are MRN; statement account and
 *   claim numbers are ACCOUNT; CPAP and glucose-monitor serials are DEVICE; driver's licence numbers are
 *   LICENSE; full or last-four social security numbers are SSN.
 * - ADDRESS: a street address (with apartment, unit, lot or space number, 55+ resort address) and/or the
 *   town or city where a patient or caller lives or stays, including a snowbird's home town up north and a
 *   student's home town; said together it is one span. Pharmacies, hospitals, clinics (including tribal
 *   clinics), schools, employers and other business locations, cross streets of a business, places visited
 *   and a state or province alone are not labelled.
 * - AGE only for ages over 89, the number phrase alone; 89 and younger, doses, lab values, temperatures,
 *   blood pressures, counts and money are plain text.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", "four eighty", pairs,
 *   "double" and "triple", "hundred"; emails with "at" and "dot", letters spelled where callers spell.
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, T } = pause;

export const BLIND78_MESSAGES: string[] = [
  // 1 snowbird refill, winter address in a 55+ park
  `Hi, this is ${N('Gordon Tschetter')}, ${N('T-S-C-H-E-T-T-E-R')}. My wife and I winter down here from South Dakota, and I need my lisinopril and the, uh, the metoprolol sent to the Fry's on Power and McKellips instead of our pharmacy back home. Our address down here is ${AD('3710 South Goldfield Road, Lot 142, Apache Junction', 'thirty seven ten south goldfield road lot one forty two apache junction')}. Birthday ${D('8/19/49', 'eight nineteen forty nine')}. Phone is ${PH('605-555-0143', 'six oh five, five five five, oh one four three')}, that's my cell from home. Thanks.`,
  // 2 student, sinus infection
  `Hey, um, my name is ${N('Kenzie Albrecht')}, I'm a student at ${T('ASU', 'a s u')}, and I saw ${P('Jenna')}, the nurse practitioner, last week for my sinus thing. The antibiotic isn't really helping, it's day ${T('6', 'six')}. I'm on my parents' insurance, it's out of Illinois, so I don't know if that matters. I live at ${AD('1000 South Rural Road, Apartment 3127, Tempe', 'one thousand south rural road apartment three one two seven tempe')}. My number's ${PH('630-555-0182', 'six three oh five five five oh one eight two')}. Thanks.`,
  // 3 AHCCCS child inhaler
  `Buenos días, this is ${N('Guadalupe Ochoa')}, I'm calling for my son ${N('Mateo')}, he's ${T('7', 'seven')}. He has the ${T('AHCCCS', 'access')} with Mercy Care, his ID is ${H('A60274418', 'a six oh two seven four four one eight')}. The school nurse says he needs a new inhaler for school, the albuterol, and the form signed. Um, my number is ${PH('480-555-0117', 'four eight oh, five five five, oh one one seven')}. Gracias.`,
  // 4 Valley Fever question
  `Hi, this is ${N('Dale Wirkus')}, I'm a patient of ${P('Dr. Okafor')}. I've had this cough and just, tired, for about ${T('3', 'three')} weeks, and now a rash on my shins, and my neighbor at the park said it sounds like Valley Fever. Can I get the blood test for that, the cocci? We're from Wisconsin, we've only been here since November. ${PH('920-555-0156', 'nine two oh, five five five, oh one five six')}.`,
  // 5 Gila River grandmother, age over 89
  `Hi, yeah, this is ${N('Leanna Enos')}, calling for my grandma, ${N('Verna Kisto')}. She's ${AG('92', 'ninety two')}. She's out of her water pill, the furosemide, and with her legs swelling she really needs it. She usually gets her meds through the clinic in Sacaton but ${P('Dr. Tsosie')} changed the dose so they need a new script. Her birthday is ${D('March 2nd, 1932', 'march second nineteen thirty two')}. You can call me at ${PH('520-555-0128', 'five two oh, five five five, zero one two eight')}. Thank you.`,
  // 6 Iraqi family, interpreter
  `Hello, my name is ${N('Haider Al-Saadi')}. I call for my wife, ${N('Zainab Kadhim')}. She have appointment with ${P('Dr. Venkataraman')} on ${D('Thursday, February 20th', 'thursday february twentieth')} and she need Arabic interpreter, please, a woman if possible. Her date of birth ${D('1/1/1986', 'one one nineteen eighty six')}. My phone ${PH('602-555-0161', 'six zero two, five five five, zero one six one')}. Thank you very much.`,
  // 7 no PHI
  `Hi, I'm just calling to ask if you're accepting new patients with the Banner Medicare Advantage plan, and whether the Tempe office has Saturday hours. I'll try back tomorrow. Thanks.`,
  // 8 large family, several kids
  `Hi, this is ${N('Rachel Openshaw')}. I need to get five of my kids in for school and sports forms before the end of the month: ${N('Ammon')}, ${N('Brinley')}, ${N('Eliza')}, ${N('Kimball')} and ${N('Hyrum')}. ${N('Ammon')} and ${N('Kimball')} need sports physicals for spring track, and the other three just need their shot records printed. If you can do them back to back that would be amazing, I'll have the baby with me too. ${PH('480-555-0190', 'four eight oh, five five five, oh one nine oh')}. Thanks!`,
  // 9 pharmacy, prior auth
  `Hi, this is ${P('Trevor')} at the Walgreens on Baseline and Dobson, calling for ${P('Dr. Salazar')}. We got a prescription for ${N('Refugio Villaseñor')}, date of birth ${D('11/30/1957', 'eleven thirty fifty seven')}, for Jardiance ${T('25 milligrams', 'twenty five milligrams')}, and his Medicare Advantage plan is asking for a prior auth. Our fax is ${PH('480-555-0134', 'four eight oh five five five oh one three four')}, phone ${PH('480-555-0135', 'four eight oh five five five oh one three five')}. Thanks.`,
  // 10 student, confidential results
  `Hi, it's ${N('Dev Malhotra')}, I did an STI panel last Tuesday with ${P('Dr. Hollenbeck')} and I can see there's something in the portal but it isn't released yet? Could somebody just call me, ${PH('408-555-0119', 'four oh eight, five five five, zero one one nine')}. Please don't leave any details on voicemail, it's, uh, a shared phone sometimes. Thanks.`,
  // 11 Canadian snowbird, INR, travel insurance
  `Hello, this is ${N('Réjean Bouchard')}, ${N('B-O-U-C-H-A-R-D')}. We are from ${AD('Sherbrooke, Quebec', 'sherbrooke quebec')}, here for the winter. I need to have my INR checked, I am on the warfarin, ${T('5 milligrams', 'five milligrams')}, and my doctor at home wants it every two weeks. My travel insurance is with Blue Cross, the policy is ${H('QC-7718-40265', 'q c seven seven one eight, four oh two six five')}. You can reach me at ${PH('819-555-0147', 'eight one nine, five five five, oh one four seven')}. Merci, thank you.`,
  // 12 heat planning
  `Hi, ${N('Marjorie Lindahl')}. Date of birth ${D('April 4th, 1946', 'april fourth nineteen forty six')}. Last summer when it got to ${T('118', 'a hundred and eighteen')} I got real dizzy on my water pill and ended up over at Banner Desert. ${P('Dr. Salazar')} said we'd make a plan for the heat before May. I'd like to come in sometime in March to go over it. ${PH('480-555-0102', 'four eight zero, five five five, zero one zero two')}.`,
  // 13 short callback
  `${N('Chase Pulsipher')}, ${PH('480-555-0176', 'four eighty, five five five, oh one seventy six')}, returning ${P('Kaylee')}'s call. Thanks.`,
  // 14 Afghan family, stomach pain
  `Salaam, hello. My name is ${N('Farishta Ahmadzai')}. I am calling for my husband, ${N('Abdul Wali Sultani')}, ${N('S-U-L-T-A-N-I')}. He has pain in the stomach, three days, and he cannot eat. The case worker from the IRC said call you for appointment. We need Dari interpreter. Our address is ${AD('2150 West Broadway Road, Apartment 218, Mesa', 'twenty one fifty west broadway road apartment two eighteen mesa')}. Phone ${PH('602-555-0179', 'six oh two, five five five, oh one seven nine')}.`,
  // 15 Medicare Advantage ID update
  `Hi, this is ${N('Loretta Schaible')}. I switched to the Humana Gold Plus plan on ${D('January 1st', 'january first')} and I keep forgetting to give you the new card. The member ID is ${H('H48302217', 'h four eight three oh two two one seven')}. I see ${P('Dr. Hollenbeck')} Thursday. Call me at ${PH('480-555-0153', 'four eight oh, five five five, oh one fifty three')} if you need the group number too.`,
  // 16 Salt River, test strips
  `Hi, this is ${N('Rudy Narcia')}. I need more diabetes test strips, the plan only covers ${T('100', 'a hundred')} a month and I'm testing ${T('4', 'four')} times a day now with the insulin. ${P('Dr. Tsosie')} said she'd write a letter for it. I'm out at ${AD('4917 North Longmore Road, Scottsdale', 'forty nine seventeen north longmore road scottsdale')}, if they need to mail something. ${PH('480-555-0111', 'four eight oh five five five oh one one one')}.`,
  // 17 Valley Fever referral, outside fax
  `Hi, it's ${N('Tamsin Holloway')}, DOB ${D('9/9/88', 'nine nine eighty eight')}. I'm calling about the referral to the lung doctor for my Valley Fever follow-up. ${P('Dr. Ishikawa')}'s office at Mayo says they still need my chest CT and my last two cocci titers. Their fax is ${PH('480-555-0166', 'four eight oh, five five five, oh one six six')}. Thanks so much.`,
  // 18 blood pressure, practice menu option
  `Hi, this is ${N('Jerome Baca')}. I pressed ${T('3', 'three')} for the nurse line and it sent me here. My blood pressure this morning was ${T('162 over 94', 'one sixty two over ninety four')}, and I took my amlodipine at ${T('7', 'seven')} like always. ${P('Dr. Salazar')} said anything over ${T('160', 'one sixty')} to call. My number is ${PH('623-555-0105', 'six two three, five five five, oh one oh five')}.`,
  // 19 card payment
  `Hi, ${N('Dennis Huebner')} here. I want to pay my balance, it's ${T('$62.40', 'sixty two forty')}. The account number is ${AC('AZF-208814', 'a z f two oh eight eight one four')}. Put it on my Mastercard, ${C('5412 9193 5913 2141', 'five four one two, nine one nine three, five nine one three, two one four one')}, expires ${T('11/27', 'eleven twenty seven')}. Call me at ${PH('612-555-0138', 'six one two, five five five, oh one three eight')} if it doesn't go through. We're heading back to Minnesota soon.`,
  // 20 student email, immunizations
  `Hi! This is ${N('Ifeoma Chukwu')}, I need a copy of my TB test and my immunization records for my nursing clinicals. Can you email them to ${E('ichukwu3@asu.edu', 'i c h u k w u three at a s u dot e d u')}? My birthday's ${D('June 12th, 2003', 'june twelfth two thousand three')}. And my number is ${PH('480-555-0184', 'four eight oh five five five oh one eight four')}. Thank you!`,
  // 21 AHCCCS plan change, two children
  `Hi, this is ${N('Yesenia Duarte')}. Our ${T('AHCCCS', 'access')} plan changed from Banner to ${T('Care1st', 'care first')} this month, for me and my two girls. Mine is ${H('A73391025', 'a seven three three nine one oh two five')}. ${N('Camila')}'s is ${H('A81046672', 'a eight one oh four six six seven two')}, and ${N('Sofía')}, hers is, hold on, ${H('A81046690', 'a eight one oh four six six nine oh')}. ${N('Camila')} has her well check on the ${D('24th', 'twenty fourth')}. ${PH('623-555-0133', 'six two three five five five oh one three three')}. Thank you.`,
  // 22 vendor, no PHI
  `Yes, good morning, this is the water delivery for the Mesa office. We'll be out Wednesday between ${T('10', 'ten')} and ${T('2', 'two')}, and we need somebody to sign for the ${T('5-gallon', 'five gallon')} jugs. The number is on your invoice. Thanks.`,
  // 23 death notification
  `Hi, this is ${N('Carol Vandermolen')}. I'm calling to let ${P('Dr. Hollenbeck')} know that my husband, ${N('Pieter')}, passed away on ${D('February 8th', 'february eighth')}. He was with Hospice of the Valley the last couple weeks. Please cancel his appointments and the oxygen order. Thank you all for everything, really. ${PH('616-555-0150', 'six one six, five five five, oh one five oh')}.`,
  // 24 work note
  `Hey, it's ${N('Marcus Yazzie')}. I work construction and I was out ${D('Monday the 10th', 'monday the tenth')} and ${D('Tuesday the 11th', 'tuesday the eleventh')} with the stomach flu, I came in and saw ${P('Dr. Okafor')} on the ${D('11th', 'eleventh')}. My foreman needs a note or I don't get paid for those days. You can text me, ${PH('602-555-0145', 'six oh two, five five five, zero one four five')}.`,
  // 25 CPAP device
  `Hi, this is ${N('Harlan Oyler')}. I got the letter from the sleep company that my CPAP is being replaced, and they need a new prescription from my doctor. The serial number on the old machine is ${DV('23221458917', 'two three two two one, four five eight, nine one seven')}. The supplier is ${P('Jolene')} at Desert Breathing, her number is ${PH('480-555-0124 extension 12', 'four eight oh five five five oh one two four extension twelve')}. My own number is ${PH('480-555-0125', 'four eight oh, five five five, oh one two five')}.`,
  // 26 MVD placard, licence
  `Hi, it's ${N('Evelyn Stroud')}. I need ${P('Dr. Salazar')} to sign my disability placard form for the MVD, since the hip surgery. They want my driver's license number on it, it's ${L('D08814273', 'd oh eight eight one four two seven three')}. I can drop it off at the Mesa office. ${PH('480-555-0109', 'four eight oh five five five oh one oh nine')}. Thank you.`,
  // 27 refill, age 89 hard negative
  `Hello, this is ${N('Wilma Haugen')}, I'm ${T('89', 'eighty nine')} and I still do my own calling, thank you very much. I need my Eliquis, the ${T('5', 'five')}, and they told me it needs a new prescription for the new year. Fry's on Southern and Alma School. ${PH('480-555-0187', 'four eight oh five five five oh one eight seven')}.`,
  // 28 student, out-of-state mom calling
  `Hi, my name is ${N('Dana Whitford')}, I'm calling about my son, ${N('Connor Whitford')}. He's a freshman at ${T('ASU', 'a s u')} and he saw somebody at your Tempe office yesterday for his ankle. They told him he needs an X-ray but he doesn't know where to go and he's not great about calling. His birthday is ${D('October 14th, 2006', 'october fourteenth two thousand six')}. I'm in Colorado, ${PH('303-555-0159', 'three oh three, five five five, oh one five nine')}. He's at ${PH('303-555-0160', 'three oh three, five five five, oh one six oh')}. Thank you.`,
  // 29 Mexican family, Spanish mixed, grandmother
  `Hola, buenas tardes, this is ${N('Araceli Montaño')}. My mom, ${N('Josefina Montaño')}, she has the sugar and her feet are hurting a lot, like burning, at night. She wants to see ${P('Dr. Salazar')} because he speaks Spanish. She doesn't have Medicare yet, she has ${T('AHCCCS', 'access')}, the number is ${H('A40118834', 'a four oh one one eight eight three four')}. Call me at ${PH('480-555-0121', 'cuatro ocho cero, cinco cinco cinco, cero uno dos uno')}... sorry, in English, ${PH('480-555-0121', 'four eight oh five five five oh one two one')}.`,
  // 30 no PHI, hours
  `Hi, um, quick question, do you guys do the Valley Fever test there, or do I have to go to a lab? And does it need a doctor's order? Okay, I'll just call back. Bye.`,
  // 31 MBI
  `Hi, this is ${N('Norman Eikenberry')}. I'm turning ${T('65', 'sixty five')} and starting Medicare this month. My new Medicare number is ${H('3QK7-HN4-TP62', 'three q k seven, h n four, t p six two')}. I'm keeping the same supplement I think. Date of birth ${D('February 2nd, 1960', 'february second nineteen sixty')}. ${PH('602-555-0112', 'six oh two, five five five, zero one one two')}.`,
  // 32 Ontario health card, lab bill
  `Hi there, ${N('Heather MacAulay')} calling, I'm from ${AD('Owen Sound, Ontario', 'owen sound ontario')}. I got a bill for the blood work I had done at your office and I need an itemized receipt to send to my travel insurance. They also want my OHIP number on it, that's ${H('5584-302-117-KT', 'five five eight four, three oh two, one one seven, k t')}. I'm at ${PH('519-555-0171', 'five one nine, five five five, oh one seven one')}. Thanks so much.`,
  // 33 pharmacy clarification, hard negatives doses
  `Hi, it's ${P('Monique')}, pharmacist at the CVS on Mill Avenue. For patient ${N('Tyrell Jackson')}, birthday ${D('7/22/2001', 'seven twenty two two thousand one')}, we got amoxicillin ${T('875', 'eight seventy five')} twice a day for ten days, but he says he's allergic to penicillin, rash as a kid. Can ${P('Dr. Okafor')} change it? ${PH('480-555-0147', 'four eight oh, five five five, oh one four seven')}. Thanks.`,
  // 34 snowbird departure, records to home doctor
  `Hi, this is ${N('Bev Schoonover')}. We head home to ${AD('Holland, Michigan', 'holland michigan')} on ${D('April 1st', 'april first')}, so could you send my records from this winter, the stress test and all that, to my doctor up there, ${P('Dr. Brouwer')}? His fax is ${PH('616-555-0182', 'six one six, five five five, oh one eight two')}. My birthdate's ${D('5/16/51', 'five sixteen fifty one')}. Thanks, hon.`,
  // 35 Gila River, referral to IHS
  `Hi, this is ${N('Delbert Antone')}. I get most of my care at Hu Hu Kam in Sacaton, but ${P('Dr. Tsosie')} here was the one that ordered my kidney ultrasound, and they need the referral faxed to them. My chart number over there is ${M('GR-0048817', 'g r oh oh four eight eight one seven')}. Their fax is ${PH('520-555-0199', 'five two oh, five five five, oh one nine nine')}. My phone ${PH('520-555-0198', 'five two oh, five five five, oh one nine eight')}.`,
  // 36 short hangup-ish, no PHI
  `Oh, hi, sorry, wrong number, I was trying to get the dentist. Bye.`,
  // 37 large family, newborn
  `Hi, it's ${N('Brooke Heaton')}, I just had a baby on ${D('February 6th', 'february sixth')}, a little boy, ${N('Nephi')}, and we need his two week check with ${P('Dr. Pratt')}. He's number seven so I know the drill, ha. He's on our Blue Cross through my husband's work, I'll bring the card. ${PH('480-555-0164', 'four eight oh five five five zero one six four')}, or my husband ${N('Tanner')}, ${PH('480-555-0165', 'four eight oh five five five zero one six five')}.`,
  // 38 age over 89, park model
  `Hello, this is ${N('Arlene Pfeifer')}, I'm calling for my father, ${N('Lyle Pfeifer')}, he's ${AG('ninety-six', 'ninety six')}. He fell in the carport on Sunday, no broken bones they said at urgent care, but he's sore and I want ${P('Dr. Hollenbeck')} to see him. He lives in a park model at ${AD('2601 East Allred Avenue, Space 88, Mesa', 'twenty six oh one east allred avenue space eighty eight mesa')}. I'm his daughter, ${PH('402-555-0127', 'four oh two, five five five, oh one two seven')}.`,
  // 39 claim number
  `Hi, ${N('Stuart Pennock')}, I'm calling about a denied claim. United said you billed my visit on ${D('December 19th', 'december nineteenth')} with the wrong code. Their claim number is ${AC('25-0113-884702', 'two five, oh one one three, eight eight four seven oh two')}. My member ID is ${H('918447021', 'nine one eight, four four seven, oh two one')}. If billing could call me, ${PH('623-555-0118', 'six two three, five five five, oh one one eight')}. Thanks.`,
  // 40 Dexcom transmitter
  `Hey, it's ${N('Kaden Shumway')}. My Dexcom transmitter died and the company wants the prescription sent again before they'll ship one. The transmitter ID is ${DV('8K2R4T', 'eight k two r four t')}. Also I'm almost out of the Humalog. My mom said to tell you I'm at ${AD('922 East Apache Boulevard, Unit 2207, Tempe', 'nine twenty two east apache boulevard unit twenty two oh seven tempe')} now, not the old address. ${PH('801-555-0191', 'eight oh one, five five five, oh one nine one')}.`,
  // 41 no PHI, vaccine question
  `Hi, I'm wondering if you have the shingles shot in stock, the Shingrix, and whether my Medicare Advantage covers it there or only at the pharmacy. I'll call back after lunch.`,
  // 42 Iraqi, kids vaccines
  `Hello, good morning. This is ${N('Noor Jassim')}. My three childs need the vaccine for school, ${N('Ali')}, ${N('Fatima')} and ${N('Yusuf')}. The school say last day is ${D('February 28th', 'february twenty eighth')}. We have ${T('AHCCCS', 'access')}. My husband speak English better, his number ${PH('602-555-0139', 'six zero two, five five five, zero one three nine')}, his name ${N('Mustafa')}. Thank you.`,
  // 43 refill, ordinary, name at end
  `Hi, yeah, I need a refill on my sertraline, the ${T('100', 'hundred')} milligram, and my trazodone. Walgreens on Warner and McClintock. Oh, and this is ${N('Amber Kaczmarek')}, ${D('3/3/91', 'three three ninety one')}. ${PH('480-555-0140', 'four eight oh, five five five, oh one four oh')}. Thanks.`,
  // 44 heat: elderly neighbor
  `Hi, my name is ${N('Pat Kimbrough')}. I live next to ${N('Eldon Gaskill')} in ${AD('Sun Lakes', 'sun lakes')}, he's a patient of ${P('Dr. Okafor')}. I'm worried, his AC went out last week and he's on the heart pills and he didn't want to bother anybody. It's fixed now but he seemed confused on Saturday. Can somebody call him? His number is ${PH('480-555-0173', 'four eight oh, five five five, oh one seven three')}, mine is ${PH('480-555-0174', 'four eight oh, five five five, oh one seven four')}.`,
  // 45 student, mental health referral
  `Hi, um, this is ${N('Sage Whitehorse')}. I'm a grad student and I was told I could get a referral for counseling through you guys instead of campus because of my insurance. I have the Aetna student plan, the ID is ${H('W288031457', 'w two eight eight, oh three one, four five seven')}. Um, yeah. You can call me at ${PH('605-555-0115', 'six oh five, five five five, oh one one five')}. Thanks.`,
  // 46 results, Valley Fever positive worry
  `Hi, this is ${N('Gary Lindqvist')}, I saw in the portal my cocci antibody came back positive, and I'm freaking out a little bit. I have a trip to Calgary on the ${D('21st', 'twenty first')}. Do I need to start something? ${P('Dr. Venkataraman')} ordered it. ${PH('602-555-0188', 'six oh two, triple five, oh one eight eight')}.`,
  // 47 social last four, records
  `Hi, this is ${N('Rosalind Tafoya')}. I'm getting disability approved and Social Security needs my records from the last two years. They gave me a form, I'll drop it off. You might need the last four of my social to find me, it's ${SS('6208', 'six two oh eight')}, I had a different last name before, ${N('Gallegos')}. ${PH('623-555-0141', 'six two three, five five five, oh one four one')}.`,
  // 48 other clinic calling about mutual patient
  `Hi, this is ${P('Stephanie')} from Arizona Heart Associates, calling for ${P('Dr. Hollenbeck')}'s nurse. We saw ${N('Milton Graber')}, date of birth ${D('10/4/1940', 'ten four nineteen forty')}, yesterday and ${P('Dr. Farouk')} changed his metoprolol to ${T('50', 'fifty')} twice a day. The note is on its way. Any questions, ${PH('602-555-0126', 'six oh two five five five oh one two six')}, and ask for the clinical team.`,
  // 49 Spanish speaker, appointment
  `Sí, hello, my name is ${N('Efraín Quintero')}, I have appointment tomorrow at ${T('8:40', 'eight forty')} but my car, it broke down. Can I come Friday? My date of birth is ${D('12 of May, 1979', 'twelve of may nineteen seventy nine')}. My phone is ${PH('480-555-0132', 'four eight zero, five five five, zero one three two')}. Thank you.`,
  // 50 address change, student moving
  `Hey, this is ${N('Brianna Kellerman')}, I just moved, can you update my address? It's ${AD('1225 East University Drive, Apartment 416, Tempe, 85281', 'twelve twenty five east university drive apartment four sixteen tempe eight five two eight one')}. Same phone, same everything else. Thanks!`,
  // 51 email for portal
  `Hi, this is ${N('Terrence Obuya')}. The portal keeps saying my email's already in use. I think somebody set it up with my old one. The right one is ${E('t.obuya.az@gmail.com', 't dot o b u y a dot a z at gmail dot com')}. My chart number's ${M('118742', 'one one eight, seven four two')}. ${PH('480-555-0157', 'four eight oh five five five oh one five seven')}.`,
  // 52 refugee, TB follow-up
  `Hello. I am ${N('Gul Ahmad Noori')}. The refugee health doctor said I need to follow-up for the TB test, the blood test was positive but the X-ray was normal. They send paper to you. I need the medicine, four months. My phone is ${PH('623-555-0148', 'six two three, five five five, oh one four eight')}. My birthday is ${D('1/1/1975', 'january one nineteen seventy five')}.`,
  // 53 snowbird spouse, afib
  `Hi, it's ${N('Ruth Ann Oberholtzer')}. My husband ${N('Vern')} has been having that fluttering again in his chest, off and on since yesterday, and his watch keeps saying AFib. He's on the Xarelto. Should we go to the ER or can he get in with ${P('Dr. Okafor')} today? We're at ${AD('Towerpoint Resort, Lot 319, Mesa', 'towerpoint resort lot three nineteen mesa')}. ${PH('563-555-0120', 'five six three, five five five, oh one two oh')}.`,
  // 54 no PHI but hard negatives
  `Hi, this is the Culligan guy, I was supposed to service the water softener at the Tempe office, suite ${T('210', 'two ten')}, at ${T('1:30', 'one thirty')} on Thursday. Just confirming somebody will be there. Thanks.`,
  // 55 Mormon family, missionary forms
  `Hi, this is ${N('Jared Christensen')}, my son ${N('Gideon')} is putting in his mission papers and he needs a physical and the immunization form, and a TB test. His birthday is ${D('August 30th, 2006', 'august thirtieth two thousand six')}. He's at ${PH('480-555-0181', 'four eight oh, five five five, oh one eight one')}, or you can call me at ${PH('480-555-0180', 'four eight oh, five five five, oh one eight oh')}. Thanks a bunch.`,
  // 56 prescription, drug names that look like names
  `Hi, it's ${N('Celeste Arviso')}. Allegra isn't touching my allergies this year, the pollen is insane. Can ${P('Jenna')} call in something stronger, or the nasal spray, the Flonase? I'm also out of Lyrica. Safeway on Elliot. ${PH('602-555-0154', 'six oh two, five five five, oh one fifty four')}.`,
  // 57 full SSN for AHCCCS application
  `Hello, this is ${N('Maribel Esquivel')}. I'm filling out the ${T('AHCCCS', 'access')} renewal and they say the doctor's office needs to fill out the medical part for my disability. They have my social as ${SS('531-40-8837', 'five three one, four oh, eight eight three seven')}, in case you need to match it. My birthday is ${D('October 9th, 1968', 'october ninth nineteen sixty eight')}. ${PH('480-555-0104', 'four eight oh five five five oh one oh four')}.`,
  // 58 short, partial
  `Hi, it's ${N('Tom')}, ${N('Tom Ferrante')}, calling about my biopsy results. ${PH('480-555-0186', 'four eight oh, five five five, oh one eight six')}. Thanks.`,
  // 59 Salt River mother, child fever
  `Hi, this is ${N('Shawna Harvier')}, my daughter ${N('Kaylani')} has a fever of ${T('103', 'a hundred and three')} since last night and she's saying her ear hurts. She's ${T('4', 'four')}. We had her at the Salt River clinic last month for the same thing. Can we come in today? ${PH('480-555-0192', 'four eight oh, five five five, oh one nine two')}.`,
  // 60 home health agency
  `Hi, this is ${P('Dolores')}, RN, with Sunrise Home Health, calling about our patient ${N('Herbert Mulligan')}. We need ${P('Dr. Hollenbeck')} to sign the plan of care we faxed on the ${D('3rd', 'third')}, no, sorry, it went out on the ${D('5th', 'fifth')}. Also his wound on the left heel is getting bigger. Please call me back at ${PH('480-555-0106', 'four eight oh five five five oh one oh six')}. Our fax is ${PH('480-555-0107', 'four eight oh five five five oh one oh seven')}.`,
  // 61 travel home, med supply
  `Hey, it's ${N('Duane Rasmusson')}. We're going up to ${AD('Brainerd', 'brainerd')} for good on ${D('April 15th', 'april fifteenth')}, and then we'll be back next November. I need ninety days of everything before we go, the metformin, the atorvastatin ${T('40', 'forty')}, and the Trulicity. My plan allows it. ${PH('218-555-0135', 'two one eight, five five five, oh one three five')}.`,
  // 62 Medicare ID with wrong start
  `Hi, this is ${N('Ingrid Solheim')}, you called about my Medicare number. It's ${H('7TW3-FX9-RD25', 'seven t w three, f x nine, r d two five')}. ${H('7, T as in Tom, W, 3, F, X, 9, R, D, 2, 5', 'seven, t as in tom, w, three, f, x, nine, r, d, two, five')}. And my birthday is ${D('December 1st, 1952', 'december first nineteen fifty two')}. ${PH('480-555-0197', 'four eight oh, five five five, zero one nine seven')}.`,
  // 63 ASU athlete?? student, work note
  `Hey, this is ${N('Jaylen Mwangi')}, I'm in ${P('Dr. Pratt')}'s patient list I think. I missed my midterm on ${D('Wednesday the 12th', 'wednesday the twelfth')} because I was sick with the flu, I was in on Tuesday and they swabbed me. My professor needs a note. Can it go to my email, ${E('jmwangi7@asu.edu', 'j m w a n g i seven at a s u dot e d u')}? Thanks.`,
  // 64 grandmother over 89 Spanish
  `Buenas, this is ${N('Lorena Cisneros')}, I call for my grandmother, ${N('Eustolia Cisneros')}. She is ${AG('101', 'a hundred and one')}, yes, one hundred one. She needs her home visit for the blood pressure, ${P('Dr. Salazar')} came last time. She lives with us at ${AD('415 North Mesa Drive, Mesa', 'four fifteen north mesa drive mesa')}. ${PH('480-555-0113', 'four eight oh, five five five, oh one one three')}.`,
  // 65 no PHI, press option
  `Hi, I'm trying to reach the billing department, I pressed ${T('4', 'four')} but it sent me to this mailbox. I'll try extension ${T('205', 'two oh five')} like the letter said. Thanks.`,
  // 66 prior auth Ozempic, claim/account
  `Hi, this is ${N('Kristal Bodine')}. My insurance denied the Ozempic again, they said they need chart notes showing I tried metformin, which I did, back in ${T('2021', 'twenty twenty one')}, and it made me sick. My statement account number is ${AC('7703-21984', 'seven seven oh three, two one nine eight four')} if that helps billing. Can ${P('Dr. Venkataraman')}'s nurse resubmit? ${PH('623-555-0151', 'six two three, five five five, oh one five one')}.`,
  // 67 Navajo patient from out of area, staying with family
  `Hi, this is ${N('Lorraine Begay')}. I'm staying with my daughter in ${AD('Chandler', 'chandler')} for a couple months after my surgery. I need a new primary here for my blood pressure and thyroid. My doctor at Chinle Comprehensive can send records. My birthday is ${D('November 11th, 1955', 'november eleventh nineteen fifty five')}. Call me at ${PH('928-555-0109', 'nine two eight five five five oh one oh nine')}.`,
  // 68 card, Amex
  `Hi, this is ${N('Philip Steinkamp')}, I want to pay for my wife's visit and mine. Account numbers ${AC('100482', 'one double oh four eight two')} and ${AC('100483', 'one double oh four eight three')}. Use the Amex, ${C('3782 397635 98743', 'three seven eight two, three nine seven six three five, nine eight seven four three')}, expiration ${T('04/28', 'oh four twenty eight')}. That's ${T('$240', 'two hundred forty dollars')} total I think. ${PH('480-555-0136', 'four eight oh five five five oh one three six')}.`,
  // 69 teen, confidentiality
  `Hi, um, I'm ${T('17', 'seventeen')} and I wanted to know if I can get on birth control without my parents knowing, like is that allowed in Arizona? I don't want to leave my name yet. I'll call back.`,
  // 70 snowbird Canadian, Manitoba card
  `Hello there, this is ${N('Murray Friesen')} calling, from ${AD('Steinbach, Manitoba', 'steinbach manitoba')}, we're at ${AD('Mesa Regal, site 1142', 'mesa regal site eleven forty two')}. I cut my hand on the golf cart and I think it's infected, red streaks going up. I'd rather not go to the ER and wait six hours. Manitoba health number ${H('298 447 103', 'two nine eight, four four seven, one oh three')}. ${PH('204-555-0117', 'two oh four, five five five, oh one one seven')}.`,
  // 71 results callback, two people
  `Hi, this is ${N('Kathy Wenzel')}, and my husband ${N('Ron')} too, we both had labs Monday. Can someone call with both? I'm ${D('7/7/57', 'seven seven fifty seven')}, he's ${D('1/19/55', 'one nineteen fifty five')}. Best number is ${PH('480-555-0114', 'four eight oh, five five five, oh one one four')}. Thanks.`,
  // 72 Afghan, pregnancy
  `Hello, my name ${N('Mariam Rahimi')}. I am pregnant, I think three months. I need doctor for pregnancy. My friend ${N('Shabnam')} say you can help with the referral. I have ${T('AHCCCS', 'access')}, ${H('A92217730', 'a nine two two one seven seven three oh')}. Phone ${PH('602-555-0130', 'six oh two, five five five, oh one three oh')}. Thank you.`,
  // 73 referral coordinator, practice staff
  `Hi, ${P('Denise')}, this is ${N('Sheila Marchbanks')} returning your call about the GI referral. Yes, Desert Sky Gastro is fine, I've been there before. The ${D('March 4th', 'march fourth')} appointment works for me. My number's ${PH('623-555-0127', 'six two three, five five five, zero one two seven')}.`,
  // 74 hard negative street names look like people
  `Hi, this is ${N('Harvey Quist')}. I'm calling to find out which of your offices is closer to me, I'm on ${AD('East Hermosa Vista Drive in Mesa', 'east hermosa vista drive in mesa')}. Is the one on Dobson or the one by McClintock and Elliot? Also do you take Wellcare. ${PH('480-555-0142', 'four eight oh, five five five, oh one four two')}.`,
  // 75 nurse call re: dizziness, weekday only
  `Hi, it's ${N('Pearl Eckhardt')}. Since they upped my lisinopril to ${T('40', 'forty')} I've been dizzy when I stand up, almost fell Wednesday. My pressure's been ${T('98 over 60', 'ninety eight over sixty')}. ${P('Dr. Hollenbeck')} is my doctor. ${PH('480-555-0194', 'four eight oh five five five oh one nine four')}.`,
  // 76 lab calling critical
  `This is ${P('Anthony')} from Sonora Quest, calling with a critical result for ${P('Dr. Okafor')}. Patient ${N('Bernice Walkingstick')}, date of birth ${D('6/14/1944', 'six fourteen nineteen forty four')}, potassium ${T('6.2', 'six point two')}. Please call back at ${PH('602-555-0116', 'six oh two, five five five, oh one one six')}, and ask for the critical line.`,
  // 77 student from abroad
  `Hello, this is ${N('Zhang Wei')}, I'm an international student. I was told I need a TB blood test for my teaching internship. Do I need an appointment or walk in? My phone is ${PH('480-555-0167', 'four eight oh, five five five, oh one six seven')}. And my name spelled ${N('Z-H-A-N-G')}, ${N('W-E-I')}. Thank you.`,
  // 78 Mormon large family, flu
  `Hi, this is ${N('Melinda Udall')}. So, flu is going through our house, I have eight kids and four of them are sick now. ${N('Porter')} and ${N('Lehi')} tested positive at home. Can ${P('Dr. Pratt')} call in Tamiflu for the rest of us? Our address in the chart should be ${AD('3345 North Ellsworth Road, Mesa', 'thirty three forty five north ellsworth road mesa')}. ${PH('480-555-0199', 'four eight oh, five five five, oh one ninety nine')}. Thanks!`,
  // 79 refill correction of number
  `Hi, this is ${N('Victor Hinojosa')}, I need the gabapentin refilled, it's the ${T('300', 'three hundred')}. My number is ${T('602', 'six oh two')}, no, sorry, that's my old one, it's ${PH('480-555-0103', 'four eight oh, five five five, oh one oh three')}. Thanks.`,
  // 80 ex-snowbird home town, records release license
  `Yes, hi, this is ${N('Carolyn Stieglitz')}. I'm requesting my records be sent to my new doctor in ${AD('Bismarck', 'bismarck')}, we're moving back for good. The form asks for ID so my North Dakota license is ${L('STI-88-4412', 's t i, eight eight, four four one two')}. Fax for the new office ${PH('701-555-0140', 'seven oh one, five five five, oh one four oh')}. Thank you.`,
  // 81 heat: summer planning, student athlete? no: outdoor worker
  `Hi, my name is ${N('Octavio Real')}. I work landscaping and last July I had heat exhaustion, I went to Chandler Regional. My boss wants a note that I can work this summer and what I should do, breaks and water. I'm diabetic too. My birthday ${D('5/5/1984', 'five five nineteen eighty four')}. Phone ${PH('480-555-0175', 'four eight oh, five five five, oh one seven five')}.`,
  // 82 no PHI, insurance rep
  `Hi, this is a representative from Banner University Family Care returning a call to your referral department about a prior authorization request. Please call us at the provider services line at your convenience. Thank you.`,
  // 83 Pima elder, DM
  `Hi, this is ${N('Lucille Pablo')}. I'm calling for my husband, ${N('Wendell')}. His sugar was ${T('412', 'four twelve')} this morning on the meter. He took his insulin. He says he's fine but he's real thirsty. We're out in ${AD('Komatke', 'komatke')}. ${P('Dr. Tsosie')} told us to call if it goes over ${T('400', 'four hundred')}. ${PH('520-555-0162', 'five two oh, five five five, oh one six two')}.`,
  // 84 social last four, billing
  `Hello, ${N('Irene Vasquez')}, I'm returning a call from ${P('Brittany')} in billing. She asked for the last four of my husband's social for the insurance, it's ${SS('0459', 'zero four five nine')}. His name is ${N('Alfredo Vasquez')}. ${PH('623-555-0144', 'six two three, five five five, oh one four four')}.`,
  // 85 student, out-of-state home address
  `Hi, this is ${N('Olivia Brandvold')}, I'm a student, I'm trying to get my records sent home to my pediatrician. My home address is ${AD('4415 Cedar Lake Road, Minnetonka, Minnesota 55305', 'forty four fifteen cedar lake road minnetonka minnesota five five three oh five')}. Or they can be emailed to my mom, ${E('jbrandvold@comcast.net', 'j brandvold at comcast dot net')}. Thank you.`,
  // 86 pharmacy: transfer
  `Hi, this is ${P('Raj')} with the Costco pharmacy in Gilbert. We have a transfer request for ${N('Shirley Amundson')}, birth date ${D('2/9/1943', 'february ninth forty three')}, for her levothyroxine ${T('88', 'eighty eight')} micrograms, but there are no refills left. Could ${P('Dr. Salazar')} send a new one? ${PH('480-555-0193', 'four eight oh five five five oh one nine three')}. Thanks.`,
  // 87 patient in hospital, discharge date
  `Hi, it's ${N('Kevin Tso')}, my mom ${N('Helen Tso')} is at Banner Desert, she was admitted ${D('February 9th', 'february ninth')} with pneumonia and they're saying discharge maybe Friday, the ${D('14th', 'fourteenth')}. They want her to see her primary within a week. Can we get something with ${P('Dr. Okafor')}? ${PH('480-555-0128', 'four eight oh, five five five, oh one two eight')}.`,
  // 88 card Visa
  `Hi, ${N('Lindsey Harrop')}. I'm paying the bill for my son's visit. Account ${AC('AZF-311590', 'a z f three one one five nine oh')}. Visa ${C('4716 2131 2205 0764', 'four seven one six, two one three one, two two oh five, oh seven six four')}, expiration ${T('9/26', 'nine twenty six')}. Amount's ${T('$35', 'thirty five dollars')}. ${PH('480-555-0172', 'four eight oh, five five five, oh one seven two')}.`,
  // 89 no PHI, ordinary
  `Hi, I just want to say thank you to the girls at the front desk in Tempe, you were so nice to my dad on Monday. That's all. Have a good day.`,
  // 90 cocci with rheumatology
  `Hi, this is ${N('Thaddeus Okonkwo')}. My rheumatologist, ${P('Dr. Lemaire')}, wants to start me on Humira but they want a Valley Fever test and a TB test first, and she said my primary should order them. I'm a patient of ${P('Dr. Venkataraman')}. My date of birth is ${D('January 27th, 1978', 'january twenty seventh nineteen seventy eight')}. ${PH('602-555-0150', 'six oh two, five five five, oh one fifty')}.`,
  // 91 caregiver, dementia, age over 89
  `Hello, this is ${N('Joyce Tennant')}. My mother, ${N('Opal Tennant')}, is ${AG('ninety', 'ninety')} as of last week, and she's been more confused at night, thinks people are in the house. She's at Ocotillo Assisted Living, room ${T('112', 'one twelve')}. I'd like ${P('Dr. Hollenbeck')} to check her for a UTI. ${PH('480-555-0196', 'four eight oh five five five oh one nine six')}.`,
  // 92 Iraqi, pharmacy translation
  `Hello, my name is ${N('Hassan Al-Jubouri')}. The pharmacy say my medicine for the blood pressure is not covered, they want the other one. I don't understand. Please call my son, ${N('Karrar')}, he translate, ${PH('602-555-0137', 'six oh two, five five five, oh one three seven')}. My birthday ${D('7/1/1961', 'july first nineteen sixty one')}.`,
  // 93 student: insurance and address
  `Hi, it's ${N('Mckenna Fairbanks')}. I'm switching from my dad's insurance to the ${T('ASU', 'a s u')} student plan, the member ID is ${H('W301228845', 'w three oh one two two eight eight four five')}. And my address changed, I'm at ${AD('The Hyve, 1001 East Lemon Street, Unit 3304, Tempe', 'the hyve one thousand one east lemon street unit thirty three oh four tempe')}. ${PH('714-555-0131', 'seven one four, five five five, oh one three one')}.`,
  // 94 appointment cancel, no phone
  `Hi, this is ${N('Glenn Kilgore')}. I need to cancel tomorrow at ${T('9:15', 'nine fifteen')} with ${P('Dr. Pratt')}, my wife's having her cataract surgery and I'm driving. I'll call back to reschedule. Thanks.`,
  // 95 hard negatives: money, count, year
  `Hi, it's ${N('Francine Delacroix')}. Last year I paid ${T('$480', 'four hundred eighty dollars')} for the same labs because my deductible hadn't kicked in. Before you order my labs this year, can you tell me what it'll cost? I had them in ${T('2023', 'twenty twenty three')} and ${T('2024', 'twenty twenty four')} both. ${PH('623-555-0110', 'six two three, five five five, oh one one oh')}.`,
  // 96 AHCCCS newborn ID update
  `Hi, ${N('Xiomara Leyva')}, I got the ${T('AHCCCS', 'access')} card for my baby finally, ${N('Emiliano Leyva')}, his ID is ${H('A95540018', 'a nine five five four oh oh one eight')}. He was born ${D('January 3rd', 'january third')}, and I want to make sure the visit on the ${D('17th', 'seventeenth')} gets billed right. ${PH('480-555-0119', 'four eight oh, five five five, oh one one nine')}.`,
  // 97 snowbird friend
  `Hi, this is ${N('Dorothy Klassen')}. My friend ${N('Edna Riemer')} asked me to call, she can't hear on the phone. She's from ${AD('Sioux Falls', 'sioux falls')} and she's staying in my guest room at ${AD('10960 East Monte Avenue, Lot 21, Mesa', 'ten nine sixty east monte avenue lot twenty one mesa')} till the end of March. She needs her eye drops for glaucoma, her doctor up there called them in but the Walgreens here says it's expired. You can call me, ${PH('480-555-0178', 'four eight oh, five five five, oh one seven eight')}.`,
  // 98 urgent question, no name given but phone
  `Hi, I got stung by a scorpion on my foot about an hour ago, it's tingling and numb. Should I come in or go to urgent care? Call me back, ${PH('602-555-0103', 'six oh two, five five five, oh one oh three')}.`,
  // 99 results, portal ID
  `Hey, it's ${N('Cody Beauchamp')}. My portal account is locked and I'm trying to see my MRI results. The patient ID on my card is ${M('MT-0072199', 'm t oh oh seven two one nine nine')}. Can someone unlock it? ${PH('480-555-0163', 'four eight oh, five five five, oh one six three')}.`,
  // 100 prior auth, outside provider named in role
  `Hi, this is ${P('Angela')} calling from ${P('Dr. Kessler')}'s office, dermatology, in Scottsdale. We're trying to get a referral authorization for ${N('Priscilla Naranjo')}, date of birth ${D('4/28/1970', 'april twenty eighth nineteen seventy')}, her plan is Mercy Care. Can you fax it to ${PH('480-555-0169', 'four eight oh five five five oh one six nine')}? Thank you so much.`,
  // 101 student, Mill Ave apartment, lost meds
  `Hi, it's ${N('Tobias Greenleaf')}, I left my Adderall at my parents' place in ${AD('Portland', 'portland')} over break and I need to know if you can fill it here early. I know it's a controlled thing. I'm at ${PH('503-555-0122', 'five oh three, five five five, oh one two two')}.`,
  // 102 home visit, lot in mobile home park
  `Hi, this is ${N('Ramona Sixkiller')}. My husband's on oxygen and can't get out much. The home health lady, ${P('Cheryl')}, said ${P('Dr. Tsosie')} has to sign for the new concentrator. We're at ${AD('7750 East Broadway Road, Space 506, Mesa', 'seventy seven fifty east broadway road space five oh six mesa')}. ${PH('480-555-0101', 'four eight oh, five five five, oh one oh one')}.`,
  // 103 short DOB only
  `Hi, results question. Birthday is ${D('October 2nd, 1963', 'october second sixty three')}. Call me when you can. ${PH('623-555-0163', 'six two three, five five five, oh one six three')}.`,
  // 104 Mexican-American, travel to Mexico hard negative
  `Hi, this is ${N('Rosario Bustamante')}. We're driving to Hermosillo for my niece's quinceañera and I need a letter for my insulin and needles to bring back across the border. We leave ${D('March 6th', 'march sixth')}. ${P('Dr. Salazar')} knows me. ${PH('480-555-0170', 'four eight oh, five five five, oh one seventy')}.`,
  // 105 dental? wrong practice but with info
  `Hi, my name is ${N('Wade Hollister')}, I'm trying to schedule a new patient physical. My company just switched to Cigna, I'll bring the card. I'm free any morning before ${T('7:30', 'seven thirty')}. ${PH('602-555-0193', 'six oh two five five five oh one nine three')}.`,
  // 106 Canadian, Alberta, bill
  `Hi, it's ${N('Sharon Kowalchuk')}, from ${AD('Red Deer, Alberta', 'red deer alberta')}. You sent me a bill for ${T('$310', 'three hundred and ten dollars')} but my travel insurance should be paying that directly. Policy number is ${H('TRV-44810293', 't r v four four eight one oh two nine three')}, with Alberta Blue Cross. My Alberta health number is ${H('12045-6781', 'one two oh four five, six seven eight one')}. ${PH('403-555-0118', 'four oh three, five five five, oh one one eight')}.`,
  // 107 ambiguous names: Faith, Hope
  `Hi, this is ${N('Faith Redbird')}, calling for my sister ${N('Hope')}, she's got her prenatal blood work ordered but the lab says the order expired. She's due ${D('June 30th', 'june thirtieth')}. Her number's ${PH('480-555-0195', 'four eight oh, five five five, oh one nine five')}.`,
  // 108 speech correction on date
  `Hello, ${N('Albert Fenstermacher')}. I'm calling about my appointment on the ${D('19th', 'nineteenth')}, no, the ${D('18th', 'eighteenth')}, it's the Tuesday. I need a ride through the Medicare plan, they said the office has to request it. ${PH('480-555-0105', 'four eight oh five five five oh one oh five')}.`,
  // 109 DME, no PHI? with patient
  `Hi, this is ${P('Kurt')} with Valley Medical Supply, we need a face to face note for ${N('Margarethe Unruh')}'s walker, date of birth ${D('8/8/36', 'eight eight thirty six')}. She's ${T('88', 'eighty eight')}, so Medicare's picky. Fax ${PH('623-555-0157', 'six two three, five five five, oh one five seven')}.`,
  // 110 results: cholesterol numbers hard negatives
  `Hi, this is ${N('Carmen Lujan')}. I got my results in the mail, my LDL is ${T('168', 'one sixty eight')} and my triglycerides are ${T('240', 'two forty')}. ${P('Dr. Salazar')} wanted to talk about a statin if it was over ${T('160', 'a hundred sixty')}. I'd rather try diet first for three months. ${PH('480-555-0154', 'four eight oh, five five five, oh one five four')}.`,
  // 111 repeated number styles
  `Hey, it's ${N('Brent Ashcroft')}, it's about my wife's referral to ortho, ${N('Jessalyn Ashcroft')}, birthday ${D('11/11/84', 'eleven eleven eighty four')}. Call me back at ${PH('480-555-0177', 'four eight oh, five five five, oh one seven seven')}, again that's ${PH('480-555-0177', 'four eight oh five double five oh one double seven')}.`,
  // 112 Afghan, daughter school
  `Hello, I am ${N('Nasrin Hotak')}, mother of ${N('Zarghona Hotak')}. She is ${T('12', 'twelve')}. The school nurse call me, ${N('Zarghona')} eyes, she cannot see the board. She need the eye test form. We live ${AD('1630 South Dobson Road, number 204, Mesa', 'sixteen thirty south dobson road number two oh four mesa')}. ${PH('623-555-0138', 'six two three, five five five, oh one three eight')}.`,
  // 113 pharmacy quantity, no patient-specific
  `Hi, this is ${P('Luis')} at the Fry's pharmacy on Elliot and Rural, just letting ${P('Dr. Pratt')}'s nurse know we're out of the amoxicillin suspension, so any scripts for kids this week, please send to a different location or pick another antibiotic. Thanks.`,
  // 114 email + Discover card
  `Hi, ${N('Hollis Breedlove')}. Can you send me a copy of my receipt to ${E('hollis.breedlove@icloud.com', 'hollis dot breedlove at icloud dot com')}? I paid on the phone last week with my Discover, the number's ${C('6011 4306 0830 3163', 'six oh one one, four three oh six, oh eight three oh, three one six three')}. My account is ${AC('215576', 'two one five, five seven six')}. ${PH('480-555-0158', 'four eight oh five five five oh one five eight')}.`,
  // 115 final: elderly cousin, age over 89 + hard negative 85
  `Hi, this is ${N('Irma Gonzales')}. I'm ${T('85', 'eighty five')} and I take care of my cousin ${N('Rafaela Gonzales')}, she's ${AG('97', 'ninety seven')}, at my house, ${AD('614 West 8th Street, Tempe', 'six fourteen west eighth street tempe')}. She needs a refill of her Tylenol with codeine, ${P('Dr. Salazar')} knows. ${PH('480-555-0168', 'four eight oh, five five five, oh one six eight')}.`,
];
