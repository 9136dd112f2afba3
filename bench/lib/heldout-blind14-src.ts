/**
 * Blind held-out PHI gold set 14: voicemails left at "Eastside Community Health", a busy urban community health
 * center. Callers from many language backgrounds (Latin America, the Caribbean, West and East Africa, the Middle
 * East, South and Southeast Asia, Eastern Europe, China, Korea, Japan); interpreters and case workers calling for
 * clients; surname-first self-introductions; names with particles; names spelled out; numbers read in pairs, with
 * "double"/"triple", "zero" or "oh", day-first dates. All people, numbers and IDs are invented.
 *
 * Conventions chosen where the dev corpus is silent:
 * - A surname-first introduction ("Nguyen, Thi Lan") is ONE NAME span, comma included in the written form.
 * - Particles belong to the name span ("Maria de la Cruz", "Khalid bin Hamad", "Pieter van der Berg").
 * - A name spelled out letter by letter ("N-G-U-Y-E-N") is its own NAME span, separate from the name said before it;
 *   a spelled e-mail local part stays inside the EMAIL span.
 * - Interpreters, case workers and family members who name themselves or are named are NAME; their agency,
 *   the practice, clinics, pharmacies and insurers are not PHI. Nurses/staff named without "Dr." are NAME.
 * - Day-first dates ("the 3rd of April 1957", "14 July") are DATE with the whole phrase; a weekday alone, a month
 *   alone, "next week" are not.
 * - URL = a personal link the caller reads out (shared photos, a family fundraiser page); IP = an address the caller
 *   reads from their own computer for portal/telehealth trouble; VEHICLE = plate or VIN; DEVICE = serial of a
 *   patient's CPAP, pump, glucose sensor, hearing aid or implant.
 * - "Double five" / "triple seven" are kept in the spoken PHONE span as said.
 */
const N = (w: string, s?: string): string => (s ? `«NAME|${w}|${s}»` : `«NAME|${w}»`);
const DR = (w: string, s?: string): string => (s ? `«PROVIDER|Dr. ${w}|doctor ${s}»` : `«PROVIDER|Dr. ${w}»`);
const E = (t: string, w: string, s?: string): string => (s ? `«${t}|${w}|${s}»` : `«${t}|${w}»`);
const P = (w: string, s: string): string => `«PHONE|${w}|${s}»`;
const DT = (w: string, s: string): string => `«DATE|${w}|${s}»`;
const X = (w: string, s: string): string => `‹${w}|${s}›`;

export const BLIND14_MESSAGES: string[] = [
  // 0
  `Hi, good afternoon, this is ${N('Nguyen, Thi Lan')}. I'm a patient of ${DR('Abernathy')}. I need a refill on the metformin, the ${X('500', 'five hundred')} milligram, I only have ${X('3', 'three')} pills left. My birthday is ${DT('4/9/1961', 'four nine nineteen sixty one')}. Call me at ${P('718-294-6630', 'seven one eight two nine four six six three zero')}. Thank you.`,
  // 1
  `Hello, my name is ${N('Farida')}, I'm a Dari interpreter with the language line and I'm calling on behalf of ${N('Mohammad Karimi')}. He missed his appointment on ${DT('November 18th', 'november eighteenth')} because the bus didn't come and he would like a new one. The best number for him is ${P('347-810-2259', 'three four seven eight one oh twenty two fifty nine')}. Thank you so much.`,
  // 2
  `Yes, hello, it's ${N('de la Cruz, Maria Elena')}, date of birth ${DT('the 3rd of April, 1957', 'the third of april nineteen fifty seven')}. I'm calling about my blood pressure pills, the lisinopril. The pharmacy said they need a new prescription from ${DR('Okonkwo')}. My phone is ${P('646-301-7785', 'six four six three zero one seven seven eight five')}.`,
  // 3
  `Good morning. This is ${N('Keisha Baptiste')}, I'm a case manager at the Flatbush Haitian Center. My client ${N('Jean-Robert Toussaint')} was discharged from Kings County on ${DT('Friday, November 20th', 'friday november twentieth')} and he needs a follow up with his primary. His Medicaid ID is ${E('HEALTH_PLAN_ID', 'KT48825Q', 'k t four eight eight two five q')}. You can reach me at ${P('(718) 555-0193, extension 214', 'seven one eight five five five zero one nine three extension two fourteen')}.`,
  // 4
  `Hi, it's ${N('Chen Wei')}, ${N('C-H-E-N')} is the last name. I want to know if my lab results came back from last week. My chart number is ${E('MRN', 'MR2207419', 'm r two two oh seven four one nine')}. Please call back ${P('917-463-0081', 'nine one seven four six three zero zero eight one')}, after ${X('6', 'six')} is better. Thank you.`,
  // 5
  `Hello, I am calling for my grandmother, ${N('Adaeze Okafor')}. She is ${E('AGE', '94', 'ninety four')} and she has been coughing since Sunday and not eating. Can ${DR('Mensah')} see her this week? I am her grandson, ${N('Chidi')}. My number, ${P('929-377-1504', 'nine two nine three double seven one five zero four')}. Thank you.`,
  // 6
  `Hi, this is ${N('Pieter van der Berg')}. I was in on ${DT('Monday the 23rd', 'monday the twenty third')} for the flu shot and I think the card got charged twice. The card is ${E('CARD', '4198 3444 1747 6617', 'four one nine eight three four four four one seven four seven six six one seven')}. Can someone from billing call me at ${P('212-608-4417', 'two one two six oh eight four four one seven')}? Thanks.`,
  // 7
  `Buenos días, hello, my name is ${N('Guadalupe Ramírez Soto')}. I need to cancel my appointment for ${DT('December 2nd', 'december second')}, my son is sick. I will call again to make a new one. My phone is ${P('773-208-6649', 'seven seven three two oh eight sixty six forty nine')}. Gracias.`,
  // 8
  `Hello, yes, this is ${N('Park Min-jun')}. I'm calling for the result of my ultrasound. ${DR('Feld')} ordered it. My date of birth is ${DT('July 22nd, 1979', 'july twenty second nineteen seventy nine')}. Please call my cell, ${P('201-744-9038', 'two oh one seven four four nine oh three eight')}.`,
  // 9
  `Hi, it's Sister ${N('Bernadette')} at Saint Anne's residence, calling about Mrs. ${N('Winifred Achterberg')}. She's ${E('AGE', '101', 'a hundred and one')} this month and she fell this morning, no fracture we think but she's very bruised on the left hip. Her nurse would like someone to call back at ${P('718-632-4470', 'seven one eight six three two four four seven zero')}. Thank you.`,
  // 10
  `Yes, good evening, my name is ${N('Oluwaseun Adebayo-Williams')}, that's ${N('O-L-U-W-A-S-E-U-N')}. I need a letter for my job saying I was seen on ${DT('November 16th', 'november sixteenth')}. You can email it to ${E('EMAIL', 'seun.adebayo@gmail.com', 's e u n dot adebayo at gmail dot com')}. Thank you.`,
  // 11
  `Hi, I'm calling because I got a bill and I don't think it's right, I have Healthfirst. The account number on the bill is ${E('ACCOUNT', '30017482256', 'three double oh one seven four eight two two five six')}. My name is ${N('Yusuf Abdi Warsame')}. Please call ${P('612-390-8817', 'six one two three nine oh eight eight one seven')}.`,
  // 12
  `Hello, this message is for the nurse. This is ${N('Ahmed bin Hamad Al-Rashid')}, I have a question about the insulin. The pump is showing an error, the serial number on the back is ${E('DEVICE', 'PM7730-41825', 'p m seven seven three oh four one eight two five')}. Should I go to the emergency or wait? Call me at ${P('(832) 507-1196', 'eight three two five oh seven one one nine six')}.`,
  // 13
  `Good afternoon, my name is ${N('Svetlana Kovalenko')}. I am calling to ask if ${DR('Rosenthal')} received the forms from the disability office. It was faxed last week. Thank you, goodbye.`,
  // 14
  `Hi, this is ${N('Marisol')} from the front desk at Bronx Lebanon, calling about a patient, ${N('Héctor Figueroa')}, born ${DT('10/02/1948', 'ten oh two nineteen forty eight')}. We need his last two visit notes faxed to us. If you have questions my direct line is ${P('718-590-4127', 'seven one eight five nine zero forty one twenty seven')}.`,
  // 15
  `Hello. ${N('Tanaka')}. ${N('Tanaka Hiroshi')}. I have appointment tomorrow at ${X('10:30', 'ten thirty')} but I cannot come, I have to work. Can you change to next week? My telephone ${P('646 915 2207', 'six four six nine one five two two zero seven')}. Thank you very much.`,
  // 16
  `Hey, it's ${N('Darnell Whitfield')}. I'm parked in your lot and somebody blocked me in, a gray Honda. My car is the black Altima, plate ${E('VEHICLE', 'KJL 4821', 'k j l four eight two one')}. Can the front desk make an announcement? My cell is ${P('917-281-3345', 'nine one seven two eight one thirty three forty five')}.`,
  // 17
  `Hi, this is ${N('Priya Raghavan')}, I'm calling for my father, ${N('Venkatesh Raghavan')}, his date of birth is ${DT('5th of January, 1946', 'fifth of january nineteen forty six')}. He needs his blood sugar strips refilled, the FreeStyle ones. His Medicare number is ${E('HEALTH_PLAN_ID', '6TX4-KM2-PW81', 'six t x four k m two p w eight one')}. Please call me at ${P('201-556-0734', 'two oh one double five six oh seven three four')}.`,
  // 18
  `Hi, my name is ${N('Kofi Boateng')}. I'm returning a call from Nurse ${N('Patricia')}, she left a message about my test. I'm at ${P('347-662-9012', 'three four seven six six two nine zero one two')}. Thanks.`,
  // 19
  `Hello, this is ${N('Lê Văn Hùng')}, my daughter ${N('Linh')} is helping me. We moved, the new address is ${E('ADDRESS', '2214 Kingsbridge Road, Apartment 5F, Bronx, NY 10463', 'twenty two fourteen kingsbridge road apartment five f bronx new york one oh four six three')}. Please change it in the computer. Thank you.`,
  // 20
  `Hi, I need a callback about the prior authorization for my ‹CPAP|see pap›. I'm ${N('Rafael Quiñones')}, birthday ${DT('August 30th, 1970', 'august thirtieth nineteen seventy')}. The machine serial is ${E('DEVICE', 'ZR22A0916644', 'z r two two a zero nine one six six four four')}. My number is ${P('787-340-2518', 'seven eight seven three four oh twenty five eighteen')}.`,
  // 21
  `Hello, this is ${N('Amina Diallo')}. I want to make an appointment for my son, he needs the school physical before ${X('January', 'january')}. He is ${X('9', 'nine')}. You can call me, ${P('929-440-7781', 'nine two nine four four oh seven seven eight one')}.`,
  // 22
  `Good morning, this is ${N('Rania Haddad')}, the wife of ${N('Ibrahim Haddad')}, but this is for me. I'm calling about my ${X('6', 'six')} month check up with ${DR('Salazar')}. My social for the form is ${E('SSN', '142-68-3390', 'one four two six eight three three nine zero')}. Call me back please, ${P('973-218-6405', 'nine seven three two one eight sixty four oh five')}.`,
  // 23
  `Hi, this is ${N('Ewa Nowakowska')}, ${N('N-O-W-A-K-O-W-S-K-A')}. I had a telehealth visit scheduled and the video kept freezing. The ‹IT|i t› man told me to give you my ‹IP|i p› address, it is ${E('IP', '73.214.58.102', 'seventy three dot two fourteen dot fifty eight dot one oh two')}. Please call me, ${P('718-387-2260', 'seven one eight three eight seven twenty two sixty')}.`,
  // 24
  `Hi, this is a message for ${DR('Tran')}'s nurse. The patient is ${N('Zhang, Xiulan')}, I'm her son ${N('Kevin Zhang')}. Her sugar was ${X('280', 'two eighty')} this morning after the new medicine. Her birthday is ${DT('February 11, 1952', 'february eleventh nineteen fifty two')}. My number ${P('(646) 388-0427', 'six four six three eight eight oh four two seven')}.`,
  // 25
  `Hello, I'm calling to pay my balance with a card. The statement number is ${E('ACCOUNT', 'ST-00482719', 's t zero zero four eight two seven one nine')}. My name is ${N('Olga Petrenko')}. Please call me to take the payment, ${P('773-925-1148', 'seven seven three nine two five one one four eight')}.`,
  // 26
  `Hi. ${N('Kwame Asante')}. I was told to call about my colonoscopy prep. The procedure is ${DT('December 9th', 'december ninth')} at Mount Sinai. I have questions about the laxative, if I can take my blood pressure pill the same morning. Please call me back.`,
  // 27
  `Hello, yes, this is ${N('Thandiwe Mokoena')}, I'm calling from the shelter on behalf of one of our residents, ${N('Grace Nakato')}. She needs her prenatal vitamins refilled and she lost her phone, so please call me at ${P('212-349-5570', 'two one two three four nine five five seven zero')}. Her date of birth is ${DT('6/17/1999', 'six seventeen ninety nine')}. Thank you.`,
  // 28
  `Hi, my name is ${N('Juan Carlos Ortega Villanueva')}, I'm a new patient. I need to send you my old records from Mexico. Is there an email? Mine is ${E('EMAIL', 'jc.ortega.v@hotmail.com', 'j c dot ortega dot v at hotmail dot com')}. Thank you.`,
  // 29
  `Hello, this is ${N('Niamh Ó Briain')}, that's ${N('B-R-I-A-I-N')} for the second part. I'm calling to move my smear test to ${DT('Thursday, December 10th', 'thursday december tenth')}. My mobile's ${P('917-502-3316', 'nine one seven five zero two three three one six')}. Cheers.`,
  // 30
  `Good afternoon, this is ${N('Carmen')} from Walgreens on Fordham. No wait, sorry, wrong message. Bye.`,
  // 31
  `Hi, this is ${N('Babajide Ogunleye')}. ${DR('Mensah')} wanted me to check my blood pressure every day and call with the numbers. This week it was around ${X('150 over 95', 'one fifty over ninety five')}. I am taking the amlodipine ${X('10 mg', 'ten milligrams')}. You can reach me on ${P('347-921-6600', 'three four seven nine two one sixty six hundred')}.`,
  // 32
  `Hello, my name is ${N('Nasrin Hosseini')}. I'm calling because my husband ${N('Reza')} has a rash that is spreading. I put photos at ${E('URL', 'imgur.com/a/Qk7rT2x', 'imgur dot com slash a slash q k seven r t two x')} so the doctor can look. His birthday is ${DT('March 1st, 1965', 'march first nineteen sixty five')}. Call ${P('(713) 461-2208', 'seven one three four six one two two oh eight')}.`,
  // 33
  `Hi, this is ${N('Soo-ah Lim')}, calling for ${DR('Kim')}. I'm pregnant, ${X('28', 'twenty eight')} weeks, and I had the glucose test on ${DT('the 19th of November', 'the nineteenth of november')}. I would like to know the result. My number is ${P('201-308-4492', 'two zero one three zero eight four four nine two')}.`,
  // 34
  `Yes, hello, my name is ${N('Mariam Touré')}, ${N('T-O-U-R-E')}. I need a form for the ‹WIC|wick› office for my baby, ${N('Fatoumata')}, she was born ${DT('September 4th', 'september fourth')}. The chart number is ${E('MRN', '00731852', 'oh oh seven three one eight five two')}. Please call, ${P('929-614-2087', 'nine two nine six one four two zero eight seven')}.`,
  // 35
  `Hello, this is ${N('Dmitri Volkov')}. I'm calling about my driver's license medical form for the ‹DMV|d m v›. My license number is ${E('LICENSE', '482 917 306', 'four eight two nine one seven three oh six')}. ${DR('Rosenthal')} has to sign it. Number is ${P('718-648-9931', 'seven one eight six four eight ninety nine thirty one')}.`,
  // 36
  `Hi, it's ${N('Beatriz')}, ${N('Beatriz Oliveira')}. I'm calling for my mom ${N('Conceição Oliveira')}. She had her cataract surgery on ${DT('November 12th', 'november twelfth')} and the eye is still red. Her Medicaid is ${E('HEALTH_PLAN_ID', 'RX20418863', 'r x two oh four one eight eight six three')}. Please call me at ${P('973-589-0102', 'nine seven three five eight nine zero one zero two')}. Obrigada.`,
  // 37
  `Hello. Good morning. This call is for the billing. My name is ${N('Adeyemi, Folasade')}. I gave my card at the desk on ${DT('Tuesday, November 17th', 'tuesday november seventeenth')} and they said it didn't go through. You can try this one, ${E('CARD', '5435 5458 2284 2017', 'five four three five five four five eight two two eight four two zero one seven')}. My phone is ${P('832-744-3056', 'eight three two seven four four three oh five six')}.`,
  // 38
  `Hi, this is ${N('Ravi Shankar Iyer')}. I just want to confirm my appointment with ${DR('Abernathy')} is still on for Thursday at ${X('2:15', 'two fifteen')}. If not, call me. Thank you.`,
  // 39
  `Hello, this is ${N('Ana Lucía Morales')}, I'm a community health worker with Mixteca. I'm calling for Señora ${N('Petrona Mendoza')}, she only speaks Mixteco and a little Spanish. She needs an appointment for her diabetes. Her date of birth is ${DT('15 May 1963', 'fifteen may nineteen sixty three')}. Call me at ${P('347-235-8820, extension 12', 'three four seven two three five eighty eight twenty extension twelve')}.`,
  // 40
  `Hey, good morning, it's ${N('Tyrone Gaskins')}. I dropped off my hearing aid to get checked and I want to make sure you have the right one, the serial is ${E('DEVICE', 'HA-5512-0387', 'h a five five one two zero three eight seven')}. Call me, ${P('718-775-4301', 'seven one eight seven seven five four three zero one')}.`,
  // 41
  `Hi, my name is ${N('Hoang, Minh Chau')}. I'm calling to get my son's immunization record for school. His name is ${N('Daniel Hoang')}, birthday ${DT('January 30th, 2016', 'january thirtieth twenty sixteen')}. You can email to ${E('EMAIL', 'minhchau.hoang88@yahoo.com', 'minh chau dot hoang eighty eight at yahoo dot com')}.`,
  // 42
  `Hello, my name is ${N('Abdullahi Hassan')}. I want to change my pharmacy to the ‹CVS|c v s› on Cedar Avenue. I take the atorvastatin, ${X('40', 'forty')} milligrams, once a day. My phone is ${P('612-281-9957', 'six one two two eight one nine nine five seven')}.`,
  // 43
  `Hi, this is ${N('Marguerite Joseph')} calling. My mother ${N('Yvrose Joseph')} is ${E('AGE', '91', 'ninety one')} and she needs a home health aide, the agency said the doctor has to sign an order. Her Medicare ID is ${E('HEALTH_PLAN_ID', '3QF7-NE5-YK29', 'three q f seven n e five y k two nine')}. Please call ${P('(347) 598-4416', 'three four seven five nine eight forty four sixteen')}.`,
  // 44
  `Good afternoon, this is ${N('Yuki Watanabe')}. I'm calling about the referral to the dermatologist. They said they did not receive it. I'm available any time, my number is ${P('917-337-5082', 'nine one seven three three seven five zero eight two')}. Thank you.`,
  // 45
  `Hello, it's ${N('Gabriel Mendes')}. I had an accident last week and the insurance needs my records from the visit on ${DT('November 19th', 'november nineteenth')}. The car's ‹VIN|v i n› is ${E('VEHICLE', '1HGCR2F53HA104823', 'one h g c r two f five three h a one oh four eight two three')}, they said to include it. My claim number is ${E('ACCOUNT', 'CLM-7720416', 'c l m seven seven two oh four one six')}. Call me at ${P('201-867-3390', 'two zero one eight six seven three three nine zero')}.`,
  // 46
  `Hi, this is ${N('Shirin')} from the Arabic interpreting service. I'm with Mr. ${N('Youssef Khoury')} and he says he was told to call for his stress test results. His date of birth is ${DT('the 8th of August, 1958', 'the eighth of august nineteen fifty eight')}. You can call him back at ${P('313-642-0077', 'three one three six four two zero double seven')} and ask for an interpreter.`,
  // 47
  `Hello. My name is ${N('Wanjiru Kamau')}. I am calling about my asthma inhaler, the albuterol, I used the last one. I see ${DR('Okonkwo')}. Thank you, my number is ${P('929-450-6612', 'nine two nine four five zero sixty six twelve')}.`,
  // 48
  `Hi, this is ${N('Luis Fernando Castaño')}. I'm calling because I lost my insurance card, it's Fidelis, and I need the member number for the pharmacy. Can you look it up? My birthday is ${DT('12/28/1984', 'twelve twenty eight nineteen eighty four')}. Call ${P('646-720-1183', 'six four six seven two oh one one eight three')}.`,
  // 49
  `Hello, this is ${N('Bui Thi Mai')}, my name ${N('Mai')}. I want to speak to the nurse about my pressure, it is high, ${X('170', 'one seventy')}. I have headache. Please call ${P('718-439-8816', 'seven one eight four three nine eight eight one six')}.`,  // 50
  `Hi, this is ${N('Esperanza Huamán')}, ${N('H-U-A-M-A-N')}. I need my medical record number for the lab at Quest, they asked me for it. And also my address changed, it's now ${E('ADDRESS', '87-14 Roosevelt Avenue, Apartment 2R, Jackson Heights, NY 11372', 'eighty seven fourteen roosevelt avenue apartment two r jackson heights new york one one three seven two')}. My number is ${P('347-808-5163', 'three four seven eight zero eight five one six three')}.`,
  // 51
  `Good morning, this is the Eastside pharmacy tech, just confirming we got the fax for the amoxicillin. No call back needed. Thank you.`,
  // 52
  `Hello, I'm ${N('Mehmet Yılmaz')}. My wife ${N('Ayşe')} needs to see ${DR('Salazar')} about her thyroid, she's been very tired. Her date of birth is ${DT('June 6th, 1974', 'june sixth nineteen seventy four')} and her social is ${E('SSN', '611-40-2873', 'six one one four zero two eight seven three')}, for the new patient form. Call us at ${P('201-443-7718', 'two zero one four four three seventy seven eighteen')}.`,
  // 53
  `Hi, it's ${N('Jasmine Oyelaran')}. The portal won't let me log in, it says my ‹IP|i p› is blocked. The address it shows is ${E('IP', '108.41.227.16', 'one oh eight dot forty one dot two two seven dot sixteen')}. I need to see my results before my appointment on ${DT('December 4th', 'december fourth')}. Thanks, ${P('646-219-3380', 'six four six two one nine three three eight oh')}.`,
  // 54
  `Hello, this is ${N('Yaw Ofori-Atta')}. I am calling about the lab bill. My account number is ${E('ACCOUNT', '7004-318-2265', 'seven zero zero four three one eight two two six five')}. I already paid it at the window. You can call me, ${P('718-302-4490', 'seven one eight three oh two four four nine oh')}.`,
  // 55
  `Hi. This is ${N('Kim, Ji-hoon')}. I'm calling to refill my allergy medicine, the cetirizine. I'm out since Saturday. Thank you.`,
  // 56
  `Hello, my name is ${N('Roxana Dumitrescu')}, I'm a social worker at Elmhurst. I'm calling about ${N('Ion Popescu')}, he is ${E('AGE', '90', 'ninety')} years old and lives alone at ${E('ADDRESS', '41-22 Judge Street, Elmhurst', 'forty one twenty two judge street elmhurst')}. He needs a home visit. His date of birth is ${DT('2 February 1936', 'two february nineteen thirty six')}. My cell is ${P('917-656-2041', 'nine one seven six five six twenty forty one')}.`,
  // 57
  `Hi, this is ${N('Carlos Eduardo Pires')}, I'm calling to schedule a physical. I'm free mornings before ${X('11', 'eleven')}. Call ${P('973-344-1229', 'nine seven three three four four one two two nine')}.`,
  // 58
  `Hello, this message is for ${DR('Feld')}. This is ${N('Hadiza Bello')}. My continuous glucose sensor fell off after ${X('2', 'two')} days, the serial number is ${E('DEVICE', '3MH0L7D2KQ', 'three m h zero l seven d two k q')}. The company said the doctor needs to send a new prescription. Phone is ${P('(713) 881-5096', 'seven one three eight eight one five oh nine six')}.`,
  // 59
  `Hey, it's ${N('Marcus Bellamy')}. I got a ticket in your parking lot this morning and the guard said to call the clinic. My plate is ${E('VEHICLE', 'HXT-9034', 'h x t nine zero three four')}, I was inside for my appointment the whole time. My number is ${P('718-927-3305', 'seven one eight nine two seven three three zero five')}.`,
  // 60
  `Good afternoon. My name is ${N('Nnamdi Eze')}. Please spell, ${N('E-Z-E')}. I am calling for my medical record number and a copy of my vaccine card. My email is ${E('EMAIL', 'nnamdi_eze77@outlook.com', 'n n a m d i underscore e z e seven seven at outlook dot com')}. Thank you.`,
  // 61
  `Hello, my name is ${N('Paulina Wiśniewska')}. I need to update my insurance. The new one is Empire, the member ID is ${E('HEALTH_PLAN_ID', 'YLS840227193', 'y l s eight four zero two two seven one nine three')}. My birthday ${DT('11/23/1990', 'eleven twenty three ninety')}. Call me at ${P('718-383-6620', 'seven one eight three eight three six six two zero')}.`,
  // 62
  `Hi, this is ${N('Samira Nasser')}, I'm the daughter of ${N('Fadia Nasser')}. Mom's chart number, I have it here, it's ${E('MRN', 'MR0046318', 'm r zero zero four six three one eight')}. She's having side effects from the new blood pressure pill, dizzy and her ankles are swollen. Please have ${DR('Haddad')} call me at ${P('313-584-2277', 'three one three five eight four twenty two seventy seven')}.`,
  // 63
  `Hello, I'm calling to confirm the flu clinic is still on Saturday. I don't need a call back. Thank you, bye.`,
  // 64
  `Hi, it's ${N('Delroy Campbell')}. The office asked me to give my driver's license for the pain contract. It's ${E('LICENSE', 'C5518204', 'c five five one eight two zero four')}. Also my new address, ${E('ADDRESS', '1190 Nostrand Avenue, Brooklyn, New York 11225', 'eleven ninety nostrand avenue brooklyn new york one one two two five')}. Cell is ${P('347-497-0063', 'three four seven four nine seven zero zero six three')}. Respect, thank you.`,
  // 65
  `Hello, this is ${N('Xu Mingyu')}, calling from the Chinese Community Center for ${N('Li Guihua')}. She needs to see ${DR('Tran')} for her knee. Her date of birth is ${DT('1948, October 5th', 'nineteen forty eight october fifth')}. Her Medicaid number is ${E('HEALTH_PLAN_ID', 'AB38215T', 'a b three eight two one five t')}. My cell is ${P('212-966-1147', 'two one two nine six six eleven forty seven')}.`,
  // 66
  `Good morning, it's ${N('Mohamed El-Sayed')}. I want to pay for the visit from ${DT('October 29th', 'october twenty ninth')}. The card is ${E('CARD', '3799 521783 47931', 'three seven nine nine five two one seven eight three four seven nine three one')}, American Express. Call if there's a problem, ${P('201-370-8541', 'two oh one three seven oh eight five four one')}.`,
  // 67
  `Hi, my name is ${N('Rosa María Tzul')}. I want to make an appointment for my daughter, she has fever since yesterday, ${X('102', 'a hundred and two')}. Please call me, ${P('773-561-0948', 'seven seven three five six one zero nine four eight')}, I speak Spanish.`,
  // 68
  `Hello, this is ${N('Kenji Matsumoto')}. I had a blood test on ${DT('Wednesday, November 25th', 'wednesday november twenty fifth')}. I want to know the results for the cholesterol. You can leave a message on ${P('646-430-9902', 'six four six four three oh nine nine oh two')}.`,
  // 69
  `Hi, this is ${N('Abena Owusu')}, I'm an interpreter for Twi. I'm calling for ${N('Kwadwo Mensah')}, his date of birth is ${DT('March 12th, 1968', 'march twelfth nineteen sixty eight')}. He wants to know if his blood pressure medication can be sent to the pharmacy near his home, his zip is ${E('ADDRESS', '10453', 'one zero four five three')}. Thank you, call him at ${P('929-227-6085', 'nine two nine two two seven six zero eight five')}.`,
  // 70
  `Yes, hi. This is ${N('Bogdan Ilić')}. I fell on the ice and hurt my wrist. Can I come today? My number is ${P('312-660-5814', 'three one two six six zero fifty eight fourteen')}.`,
  // 71
  `Hello, my name is ${N('Angelica dela Peña')}, I'm a nurse at the Jewish Home. Your patient ${N('Benjamin Rubinstein')} came to us on ${DT('November 21st', 'november twenty first')}. He's ${E('AGE', '96', 'ninety six')}. We need his medication list and the last notes from ${DR('Rosenthal')}. Please fax or call me at ${P('212-870-5532', 'two one two eight seven oh fifty five thirty two')}.`,
  // 72
  `Hi, I'm ${N('Ikechukwu Nwosu')}. I'm calling about my son's school form. His name is ${N('Chukwuemeka Nwosu')}, born ${DT('the 14th of September, 2013', 'the fourteenth of september twenty thirteen')}. Could you please email it to ${E('EMAIL', 'ike.nwosu@gmail.com', 'i k e dot n w o s u at gmail dot com')}? Thank you very much.`,
  // 73
  `Hello, this is ${N('Saeed Rahimi')}, calling for ${DR('Mensah')}'s office. I want to pay my bill with card ${E('CARD', '4195 0143 6697 9118', 'four one nine five zero one four three six six nine seven nine one one eight')}. The account number is ${E('ACCOUNT', '00915572', 'oh oh nine one five five seven two')}. Phone ${P('(832) 419-2263', 'eight three two four one nine two two six three')}.`,
  // 74
  `Hi, my name is ${N('Fernanda Guzmán')}. My son ${N('Mateo')} has an ear infection again. Can ${DR('Salazar')} call in the antibiotic? He's ${X('4', 'four')} years old and weighs about ${X('40', 'forty')} pounds. Please call ${P('773-848-2907', 'seven seven three eight four eight two nine oh seven')}.`,
  // 75
  `Hello, it's ${N('Bilal Chaudhry')}. I'm calling for the nurse. I had the tuberculosis test on Monday and I need someone to read it before Thursday. I'm at ${P('718-291-4460', 'seven one eight two nine one forty four sixty')}.`,
  // 76
  `Hi, this is ${N('Hannah Goldberg-Akande')}, I'm with the refugee resettlement agency. I have a new family that needs intake physicals, the father is ${N('Emmanuel Habimana')}, his date of birth is ${DT('1 January 1980', 'one january nineteen eighty')}. Their address is ${E('ADDRESS', '1840 Grand Concourse, Apartment 11D, Bronx, NY 10457', 'eighteen forty grand concourse apartment eleven d bronx new york one oh four five seven')}. Please call me at ${P('646-535-7702', 'six four six five three five seven seven zero two')}.`,
  // 77
  `Good afternoon, this is ${N('Tomasz Zieliński')}. I was told to call back to give my social security number for the sliding fee. It's ${E('SSN', '088-52-6617', 'zero eight eight five two six six one seven')}. And my phone is ${P('718-349-5518', 'seven one eight three four nine five five one eight')}. Thanks.`,
  // 78
  `Hello. My name is ${N('Ahn, Soon-ja')}. I am calling for my ‹CPAP|see pap›, the mask is broken. The machine number is ${E('DEVICE', '22091B47715', 'two two zero nine one b four seven seven one five')}. My son will call also. Thank you.`,
  // 79
  `Hi, it's ${N('Leticia Barbosa')} calling. I'm in the hospital, I had the baby on ${DT('November 24th', 'november twenty fourth')}. I need to cancel my postpartum visit next week and reschedule. My husband's number is ${P('973-207-4418', 'nine seven three two zero seven four four one eight')}, his name is ${N('Rodrigo')}.`,
  // 80
  `Hello, this is ${N('Mustafa Abdirahman')}. I need a letter for housing saying I have asthma. Send to ${E('EMAIL', 'mabdirahman@gmail.com', 'm abdirahman at gmail dot com')}, or I can pick it up. Thank you.`,
  // 81
  `Hi, this is ${N('Gloria Esteban')}, I'm calling for my father ${N('Ramón Esteban')}, he's ${E('AGE', '93', 'ninety three')}. He has a pacemaker and the remote monitor is blinking red. The serial on the pacemaker card is ${E('DEVICE', 'PJN418207H', 'p j n four one eight two zero seven h')}. Please call me back at ${P('305-642-7719', 'three zero five six four two seven seven one nine')}.`,
  // 82
  `Good evening, my name is ${N('Takeshi Mori')}. I have a question about the shingles vaccine, if I need the second one. Please call me tomorrow. Thank you.`,
  // 83
  `Hi, it's ${N('Latoya Simmons')}. I'm calling because my son ${N('Jaylen')} had an allergic reaction at school, hives all over. The nurse gave him Benadryl. Can we come in today? My cell ${P('347-779-2054', 'three four seven seven seven nine twenty fifty four')}.`,
  // 84
  `Hello, this is ${N('Olena Shevchenko')}. I filled out the portal form and it gave an error. My son who helps with computers said my ‹IP|i p› is ${E('IP', '24.187.6.211', 'twenty four dot one eight seven dot six dot two one one')}. Please call me at ${P('718-256-4039', 'seven one eight two five six four zero three nine')}.`,
  // 85
  `Hi, this is ${N('Daniela Ríos')} with ${N('Vikram Suri')}, he's deaf and I'm his sign language interpreter, he asked me to call. He needs his chart number for the specialist, and the specialist also wants his driver's license number, which is ${E('LICENSE', '731 460 958', 'seven three one four six zero nine five eight')}. You can text him at ${P('917-385-6621', 'nine one seven three eight five six six two one')}.`,
  // 86
  `Hello, my name is ${N('Chinonso Okeke')}. I'm calling about the physical therapy referral, they need the visit date, it was ${DT('October 13th', 'october thirteenth')}. Also please note my ‹MRN|m r n› is ${E('MRN', '60284917', 'six oh two eight four nine one seven')}. Number is ${P('646-608-3311', 'six four six six oh eight three three one one')}.`,
  // 87
  `Hi, this is ${N('Amparo Velásquez')}. My grandson set up a page for my surgery costs, the nurse asked for the link so she could share, it's ${E('URL', 'gofundme.com/f/amparo-knee-surgery', 'go fund me dot com slash f slash amparo knee surgery')}. And my phone is ${P('713-920-4452', 'seven one three nine two oh four four five two')}.`,
  // 88
  `Hello, it's ${N('Sunil Thapa')}. I'm a driver for the city, I need the ‹DOT|d o t› physical form. My license is ${E('LICENSE', 'T2206741', 't two two zero six seven four one')}. Can I come Friday morning? ${P('718-505-9234', 'seven one eight five oh five ninety two thirty four')}.`,
  // 89
  `Hi, this is ${N('Alhassan Sesay')}. I missed a call from this number. Please call me again at ${P('929-301-8818', 'nine two nine three oh one eight eight one eight')}. Thank you.`,
  // 90
  `Hello, good morning, this is ${N('Marjorie Pierre-Louis')}. I'm calling about my mother, ${N('Anise Pierre-Louis')}, date of birth ${DT('7/4/1939', 'seven four nineteen thirty nine')}. She is ${X('87', 'eighty seven')} and confused since yesterday, more than usual. Should I bring her to the ‹ER|e r›? Call ${P('718-469-2256', 'seven one eight four six nine two two five six')}.`,
  // 91
  `Hi, my name is ${N('Arjun Mehta')}. I need to change my appointment with ${DR('Kim')} from ${DT('December 3rd', 'december third')} to any day the week after. My number is ${P('201-918-0046', 'two zero one nine one eight zero zero four six')}.`,
  // 92
  `Hello, this is ${N('Magdalena Sokołowska')}, calling from my work. I need a copy of my lab results. My medical record number is ${E('MRN', 'MR5570126', 'm r five five seven zero one two six')}. You can send it to ${E('EMAIL', 'magda.sokolowska@yahoo.com', 'magda dot sokolowska at yahoo dot com')}.`,
  // 93
  `Hi, it's ${N('Ricardo Alves')}. I'm outside in the car, the van with the wheelchair lift, plate ${E('VEHICLE', 'T684227C', 't six eight four two two seven c')}. My father ${N('Joaquim Alves')} can't walk up the ramp. Can someone bring a wheelchair? My number ${P('973-650-1187', 'nine seven three six five zero eleven eighty seven')}.`,
  // 94
  `Hello, this is ${N('Oyelowo, Temitope')}. For my appointment they asked for my social and my insurance. Social is ${E('SSN', '213-77-4086', 'two one three seven seven four zero eight six')}, and the insurance is Healthfirst, member ID ${E('HEALTH_PLAN_ID', 'HF11862073', 'h f one one eight six two zero seven three')}. Thank you.`,
  // 95
  `Hi, good morning. I'm calling about the diabetes class on Wednesday, is it in Spanish too? Call me back please, I'm ${N('Yolanda Serrano')}, ${P('347-812-0067', 'three four seven eight one two zero zero six seven')}.`,
  // 96
  `Hello, this is ${N('Farhan Qureshi')}. I'm calling for my wife ${N('Ayesha')}, she is pregnant and bleeding a little. Her due date is ${DT('March 18th', 'march eighteenth')}. Please call right away, ${P('718-426-5593', 'seven one eight four two six five five nine three')}.`,
  // 97
  `Hi, it's ${N('Edwin Mbeki-Osei')}. I sent the pictures of my wound like the nurse said, the link is ${E('URL', 'photos.app.goo.gl/Xh4Wq9LmP', 'photos dot app dot goo dot g l slash x h four w q nine l m p')}. My number is ${P('646-277-8810', 'six four six two double seven eight eight one zero')}.`,
  // 98
  `Good afternoon. This is ${N('Guo Jianping')} speaking. My card number for the copay, ${E('CARD', '6011 7484 1114 4106', 'six zero one one seven four eight four one one one four four one zero six')}. My date of birth is ${DT('9/9/1955', 'nine nine nineteen fifty five')}. Thank you.`,
  // 99
  `Hello, my name is ${N('Abimbola Fashola')}. I'm calling to change my address for the bills, it's ${E('ADDRESS', '305 West 145th Street, Apartment 4B, New York, NY 10039', 'three oh five west one forty fifth street apartment four b new york new york one oh oh three nine')}. The billing account is ${E('ACCOUNT', '4410276', 'four four one oh two seven six')}. Call me, ${P('917-240-3381', 'nine one seven two four oh three three eight one')}.`,
  // 100
  `Hi, this is ${N('Valentina Cruz Medina')} for ${DR('Okonkwo')}. I stopped the sertraline like she said and I feel better. Just letting her know. Thank you.`,
  // 101
  `Hello, this is ${N('Sione Taufa')}. I want to ask if you have the walk-in hours on Saturday. I have a cut on my hand. My phone is ${P('415-730-2294', 'four one five seven three zero twenty two ninety four')}.`,  // 102
  `Hello, this is ${N('Baek Joon-ho')}, ${N('B-A-E-K')}. My video visit with ${DR('Kim')} won't connect, the app says check your network, and it shows ‹IP|i p› ${E('IP', '172.58.114.37', 'one seventy two dot fifty eight dot one fourteen dot thirty seven')}. Please call me before ${X('3', 'three')}, ${P('201-660-7403', 'two oh one six six oh seventy four oh three')}.`,
  // 103
  `Hi, this is ${N('Chiamaka Okoro')}. My mother ${N('Grace Okoro')} is ${E('AGE', '98', 'ninety eight')} and we keep her care updates on a page, the social worker asked for it, it's ${E('URL', 'caringbridge.org/visit/graceokoro', 'caring bridge dot org slash visit slash grace okoro')}. Call me at ${P('973-804-2215', 'nine seven three eight oh four twenty two fifteen')}.`,
  // 104
  `Hi, I'm calling to ask what time the dental clinic opens on Saturday and if you take walk-ins. Thank you.`,
  // 105
  `Hello, good morning, my name is ${N('Tigist Haile Mariam')}. I am calling about my husband ${N('Dawit')}, he had the surgery on ${DT('the 10th of November', 'the tenth of november')} and the stitches are red. Please call me, my number is ${P('917-555-5021', 'nine one seven triple five fifty twenty one')}.`,
  // 106
  `Magandang umaga, this is ${N('Rowena Dizon-Santos')} calling for my tita, ${N('Corazon Dizon')}. She's ${X('89', 'eighty nine')}, on the warfarin, ${X('5 mg', 'five milligrams')}, and her last dose was ${DT('Sunday, November 22nd', 'sunday november twenty second')} because she had the nosebleed. Should she start again? Call me at ${P('718-672-0390', 'seven one eight six seven two zero three nine zero')}.`,
];
