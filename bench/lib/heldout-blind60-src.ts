/**
 * Blind held-out PHI gold set 60: an ordinary midwinter week on the voicemail of a primary-care practice with
 * offices in Anchorage and Fairbanks, Alaska (area code 907), that also serves patients who fly in from
 * villages. The mix: refills by mail, lab and imaging results, telehealth visits (video carts at village
 * clinics, dropped internet), medevac and hospital follow-ups, travel and lodging paperwork for appointments
 * in town, Alaska Medicaid and Denali KidCare, Medicare, military (TRICARE) and VA coordination, North Slope
 * rotations and fishing-season schedules, records requests and billing. Callers are Yup'ik, Inupiaq,
 * Athabascan, Filipino, Samoan, Korean, Hmong, Russian Old Believer, Mexican and white Alaskan families;
 * village health aides call for patients; people call from the patient hostel or a relative's house in town;
 * some give a village PO box, some an Anchorage or Fairbanks street address or a highway milepost; many
 * spell long or unusual names. A few messages carry no PHI at all.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Her»"); "Dr." stays inside PROVIDER.
 * - Clinicians, and staff of this practice, pharmacies, labs, hospitals, home-health, VA and tribal travel
 *   offices named in their working role, are PROVIDER; that includes a village community health aide calling
 *   for a patient ("«Martina Ulak», the health aide"). Patients, callers, relatives and neighbours are NAME,
 *   including surnames that look like words ("«Moses Chief»", "Mrs. «Her»", "«Roland Ticket»").
 * - A spelled-out name ("«A-G-U-V-L-U-K»", spoken "a g u v l u k") is its own NAME span, spelling aids
 *   included; a first name said alone is NAME.
 * - DATE covers a full or partial calendar date tied to a person (birth, visit, procedure, medevac, discharge,
 *   death, due date, the dates someone is away on the Slope or on a boat, an authorisation's end date),
 *   "the «24th»" with "the" outside; a weekday said with its date is inside. Weekdays, months or years alone,
 *   "tomorrow", clock times, durations, temperatures ("forty below") and card expiry dates are not labelled.
 * - Every callback or fax number of a person or an outside business (village clinic, hostel front desk,
 *   pharmacy, VA, other office) is PHONE, a caller's extension inside; this practice's own menu options and
 *   extensions are not labelled. A false start the caller abandons stays outside the span.
 * - The last four of a social, or a full social, is SSN. Chart / patient / portal numbers are MRN; billing
 *   account and claim numbers are ACCOUNT; Medicaid, Denali KidCare, Medicare, TRICARE (DoD benefits
 *   number), employer-plan member IDs are HEALTH_PLAN_ID (group numbers are not); a driver's licence or a
 *   Coast Guard mariner credential number is LICENSE; an oxygen concentrator, CPAP or insulin pump serial is
 *   DEVICE; a licence plate is VEHICLE.
 * - ADDRESS is a street address, a milepost address, a PO box with its village, and/or the town or village
 *   where a patient or caller lives or is staying, including the home village someone flies home to or came
 *   in from (one span when said together). Towns named only as a
 *   travel destination, a place of work ("on the Slope", a cannery, a boat's port) or a facility's location
 *   ("the clinic in Bethel", "the Fred Meyer on Airport Way") are not labelled, nor is a state or region
 *   alone, nor the patient hostel's name or room number.
 * - AGE only for ages over 89 (the number phrase alone); 89 and younger, doses, lab values, vital signs,
 *   counts, room numbers, flight times and money are plain text.
 * - Spoken forms say numbers as the caller did: "nine oh seven" or "nine zero seven", pairs, "double five",
 *   "hundred", restarts; emails with "at" and "dot", letters spelled where callers spell; acronyms said
 *   letter by letter are written that way ("a n m c", "p o box"); accents and apostrophes follow speak().
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, T } = pause;
const q = (s: string): string => s.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
const V = (w: string, s: string): string => `«VEHICLE|${w}|${q(s)}»`;

export const BLIND60_MESSAGES: string[] = [
  // Refill by mail, granddaughter for a village elder.
  `Hi, this is ${N('Rena Kasayulie')}, I'm calling for my grandma, ${N('Agnes Kasayulie')}. She gets her blood pressure pills by mail and she's down to ${T('3', 'three')} days, and the mail plane hasn't come since Thursday because of the weather. Her birthday is ${D('March 9th, 1941', 'march ninth nineteen forty one')}. The address is ${AD('PO Box 41, Toksook Bay, Alaska 99637', 'p o box forty one, toksook bay alaska, nine nine six three seven')}. You can call me at ${PH('907-555-0143', 'nine oh seven, five five five, oh one four three')}. Quyana.`,

  // Health aide, medevac follow-up by telehealth.
  `Good morning, this is ${P('Martina Ulak')}, I'm the health aide at the Chevak clinic. I have ${N('Teddy Nicholai')} here with me, date of birth ${D('7/22/1968', 'seven twenty two nineteen sixty eight')}. He was medevaced to Anchorage on the ${D('3rd', 'third')} for chest pain and came home Saturday, and the discharge papers say follow up with ${P('Dr. Okafor')} within a week. Can we set up a telehealth? We have the cart Tuesday and Thursday afternoons. Clinic number is ${PH('907-555-0167', 'nine oh seven five five five zero one six seven')}. Quyana.`,

  // Slope worker, results.
  `Hey, it's ${N('Dale Swenson')}. I'm up on the Slope till the ${D('24th', 'twenty fourth')}, two weeks on, two off, so I can't really come in. Just wanted to know if my ${T('PSA', 'p s a')} came back, I did the draw before I flew up. Best number's my cell, ${PH('907-555-0118', 'nine oh seven five five five oh one one eight')}, but service at camp is spotty, so leave a message or just put it in the portal. Thanks.`,

  // Telehealth link, long Filipino surname spelled.
  `Hello, good afternoon. My name is ${N('Ma. Theresa Dimaculangan', 'maria theresa dimaculangan')}, that's ${N('D-I-M-A-C-U-L-A-N-G-A-N')}, but everybody calls me ${N('Tess')}. I have the video visit tomorrow at ${T('9:40', 'nine forty')} with ${P('Dr. Villaroman')} and I did not get the link yet. Can you send it to ${E('tess.dimac@yahoo.com', 't e s s dot d i m a c at yahoo dot com')}? My birthday is ${D('August 15, 1974', 'august fifteen nineteen seventy four')}. Thank you po.`,

  // Denali KidCare ID for a Samoan family.
  `Talofa, hi, this is ${N('Losa Faleolo')}. My son ${N('Iosefa')} got approved for Denali KidCare, his new ID number is ${H('6204417839', 'six two oh four, four one seven, eight three nine')}, so please put that on his file before his checkup on the ${D('21st', 'twenty first')}. His birthday is ${D('October 2nd, 2017', 'october second twenty seventeen')}. My number is ${PH('907-555-0152', 'nine oh seven, five five five, oh one five two')}. Fa'afetai.`,

  // Hmong son calling for his father.
  `Hi, my name is ${N('Kou Xiong')}, I'm calling for my dad, ${N('Chue Xiong')}. He doesn't speak English so I call for him. He had the ${T('CT scan', 'c t scan')} at Providence last week and nobody called with the results yet. His date of birth is ${D('1/1/1952', 'one one nineteen fifty two')}. Please call me back, not him, at ${PH('907-555-0129', 'nine oh seven, five five five, zero one two nine')}. And for his next visit please get a Hmong interpreter. Thank you.`,

  // Old Believer couple driving up from the Kenai.
  `Hello, this is ${N('Feodosia Basargin')}, I live in ${AD('Nikolaevsk')}, on the Kenai Peninsula. My husband ${N('Iosif')} has appointment with ${P('Dr. Lindqvist')} on ${D('Thursday the 16th', 'thursday the sixteenth')}. We will drive up the day before, it is five hours if the road is okay. Can he do the blood test same day, so we don't stay two nights? His birthday is ${D('5/14/1959', 'may fourteen nineteen fifty nine')}. Telephone ${PH('907-555-0186', 'nine oh seven, five five five, oh one eight six')}. Thank you, goodbye.`,

  // Discharged patient at the hostel.
  `Hi, this is ${N('Rosalie Aguvluk')}, ${N('A-G-U-V-L-U-K')}. I'm at the patient hostel, room ${T('214', 'two fourteen')}. They discharged me from ${T('ANMC', 'a n m c')} yesterday after the pneumonia and said I have to see my regular doctor before I fly home to ${AD('Kotzebue')}. My flight is Friday at ${T('3:15', 'three fifteen')}. Can ${P('Dr. Okafor')} see me Wednesday or Thursday? I don't have a cell here, so call the hostel front desk, ${PH('907-555-0110', 'nine oh seven five five five oh one one oh')}, and ask for room ${T('214', 'two one four')}.`,

  // Billing, Medicare never billed.
  `Yes, this is ${N('Harold Lindquist')}, out in ${AD('North Pole')}. I got a statement for ${T('$212.40', 'two hundred twelve dollars and forty cents')} and it looks to me like you never billed Medicare. My Medicare number is ${H('3JK7-MW4-TP62', 'three j k seven, m w four, t p six two')}, and the account on the bill is ${AC('FB-0091773', 'f b, zero zero nine one seven seven three')}. I'm at ${PH('907-555-0134', 'nine oh seven, five five five, zero one three four')}. If I don't pick up I'm probably out plugging in the truck, it's forty below. Thanks.`,

  // VA community care.
  `Hi, ${N('Ray Tuckfield')} calling, I'm a patient of ${P('Dr. Amaral')}. The ${T('VA', 'v a')} approved my community care with you folks again, it's good through ${D('June 30th', 'june thirtieth')}, but they need the notes from my last two visits faxed to the care coordinator, ${P('Sheila Marquardt')}. Her fax is ${PH('907-555-0192', 'nine oh seven, five five five, oh one nine two')}. Last four of my social is ${SS('6618', 'sixty six eighteen')}. Call me at ${PH('907-555-0125', 'nine oh seven five five five oh one two five')} if you need anything. Appreciate you.`,

  // TRICARE, new to the state.
  `Hi, my name is ${N('Brittany Hale')}, my husband's active duty at ${T('JBER', 'j bear')}, we just moved up here in December. TRICARE assigned me and our daughter ${N('Harper')} to you for primary care, she's ${T('3', 'three')}. Her DoD benefits number is ${H('30418827615', 'three oh four one eight eight two seven six one five')}. Mailing address is ${AD('6312 Arctic Warrior Drive, JBER, Alaska 99505', 'sixty three twelve arctic warrior drive, j bear alaska, nine nine five oh five')}. My cell is ${PH('254-555-0147', 'two five four, five five five, oh one four seven')}, it's still a Texas number. Thanks!`,

  // Daughter for a Korean elder, oxygen concentrator.
  `Hello, this is ${N('Grace Park')} calling for my mother, ${N('Soon-ja Park')}, she's ${AG('92', 'ninety two')}. Her oxygen machine keeps beeping and the supply company says they need a new order from ${P('Dr. Hwang')} to swap it out. The serial on the back is ${DV('IC5-2207-1183', 'i c five, two two oh seven, one one eight three')}. Her birthday is ${D('December 1st, 1932', 'december first nineteen thirty two')}. Please call me, ${PH('907-555-0163', 'nine oh seven, five five five, oh one sixty three')}. Thank you.`,

  // Fishing season, early refill.
  `Hi, buenos días, this is ${N('Guadalupe Ochoa')}, calling for my husband, ${N('José Luis Zamarripa')}. He goes out on the boat for the cod season on the ${D('20th', 'twentieth')} and he'll be gone like six weeks, so he needs ${T('90', 'ninety')} days of the metformin and the blood pressure one before he goes. His birthday is ${D('2/9/71', 'two nine seventy one')}. My number is ${PH('907-555-0171', 'nine oh seven, five five five, oh one seven one')}. Gracias.`,

  // No PHI.
  `Hi, um, I have an appointment this afternoon and the roads are really bad out on the Glenn Highway, is the office even open today? I'll just try calling back when you open. Thanks.`,

  // Pharmacist about a dose.
  `Hi, this is ${P('Ron')}, pharmacist at the Fred Meyer on Airport Way. I'm calling about ${N('Bertha Esmailka')}, date of birth ${D('4/11/1956', 'four eleven nineteen fifty six')}. The Eliquis came over as ${T('5 milligrams', 'five milligrams')} twice a day, but she told us at the counter they had her on ${T('2.5', 'two point five')} in the hospital. Can ${P('Dr. Sagal')} clarify? Pharmacy line is ${PH('907-555-0105', 'nine oh seven, five five five, oh one oh five')}. Thanks.`,

  // Travel referral from Fort Yukon.
  `Hi, this is ${N('Franklin Titus')}, I live in ${AD('Fort Yukon')}. I need the referral letter so Tanana Chiefs travel will pay my ticket to come in for the ${T('MRI', 'm r i')} on the ${D('28th', 'twenty eighth')}. The travel office says they need it a week ahead. My birthday is ${D('June 3rd, 1965', 'june third sixty five')}. Phone here is ${PH('907-555-0178', 'nine oh seven, five five five, oh one seven eight')}, that's my sister's phone, she'll come get me. Thanks.`,

  // Records to a regional clinic.
  `Hello, my name is ${N('Wassillie Andrew')}. I was your patient when I was working in Anchorage, but I moved back home to ${AD('Quinhagak')} in the fall. Can you send my records to the clinic in Bethel? The fax there is ${PH('907-555-0115', 'nine oh seven five five five oh one one five')}. My date of birth is ${D('November 19th, 1988', 'november nineteenth eighty eight')}. You can call me at ${PH('907-555-0184', 'nine zero seven, five five five, zero one eight four')}.`,

  // Very short.
  `Yeah, it's ${N('Buck Ostrander')}, ${PH('907-555-0140', 'nine oh seven five five five oh one forty')}. Call me about the knee thing.`,

  // Old Believer daughter for a mother over 89, Medicaid.
  `Hello, I am calling for my mother, ${N('Ulita Martushev')}, she is ${AG('91', 'ninety one')}, she lives with us in ${AD('Voznesenka')}. She has Medicare and also the Medicaid, the Medicaid number is ${H('1107349922', 'one one oh seven, three four nine, nine two two')}. Her legs are swelling again and we want the home health nurse to come look. I am her daughter, ${N('Evdokia')}. Number is ${PH('907-555-0177', 'nine oh seven, five five five, oh one seven seven')}. Spasibo.`,

  // Telehealth missed, internet down.
  `Hi, this is ${N('Elijah Kinneeveauk')}, that's ${N('K-I-N-N-E-E-V-E-A-U-K')}, I'm in ${AD('Point Hope')}. Our internet went down in the storm so I couldn't get on the video call with ${P('Dr. Tupou')} this morning at ${T('10', 'ten')}. Can we do it by phone instead? Or I can go over to the clinic and use their cart. Call ${PH('907-555-0103', 'nine oh seven, five five five, oh one oh three')}. Taikuu.`,

  // Travel abroad, early refill.
  `Hi, this is ${N('Dong-hyun Yoon')}. My wife and I go to Korea for the Lunar New Year, we leave the ${D('25th', 'twenty fifth')} and come back ${D('March 2nd', 'march second')}, so I need my cholesterol medicine early, ${T('90', 'ninety')} days. Atorvastatin, ${T('20 milligram', 'twenty milligram')}. The insurance says okay if the doctor writes a vacation override. My birthday ${D('1958, July 7', 'nineteen fifty eight, july seven')}. Phone ${PH('907-555-0156', 'nine oh seven five five five oh one five six')}. Thank you.`,

  // Hmong mother, Denali KidCare, sick child.
  `Hi, my name is ${N('Pa Nhia Vang')}, I call for my daughter ${N('Nou Yang')}. She has the ear pain again, second time this month, and a little fever. She has Denali KidCare, the number is ${H('5530086142', 'five five three oh, oh eight six, one four two')}. Birthday ${D('9/30/2019', 'nine thirty twenty nineteen')}. Can she come today? My husband ${N('Tou Yang')} can bring her after ${T('4', 'four')}. Phone ${PH('907-555-0138', 'nine oh seven, five five five, oh one three eight')}.`,

  // Card payment.
  `Hi, ${N('Cindy Haugland')} here, I'd like to pay off my balance, it's ${T('$86', 'eighty six dollars')}. Card's a Mastercard, ${C('5412 9193 5913 2141', 'five four one two, nine one nine three, five nine one three, two one four one')}, expires ${T('11/27', 'eleven twenty seven')}. Account number on the statement is ${AC('20047718', 'two double oh four, seven seven one eight')}. If it doesn't go through call me, ${PH('907-555-0159', 'nine oh seven, five five five, oh one five nine')}. Thanks.`,

  // Medevac, staying with a cousin in town.
  `Hello, this is ${N('Evelyn Kameroff')}, we're from ${AD('Emmonak')}. My husband ${N('Peter')} got medevaced in on the ${D('6th', 'sixth')} with his sugar really high, he was at Providence, room ${T('612', 'six twelve')}, till yesterday. Now we're staying at my cousin's house, ${AD('3411 Wesleyan Drive, Anchorage', 'thirty four eleven wesleyan drive, anchorage')}, until he's cleared to go home. They said he needs to see you about the insulin. My cousin's phone is ${PH('907-555-0121', 'nine oh seven, five five five, oh one two one')}, her name is ${N('Nellie')}. Quyana.`,

  // Mariner physical.
  `Hey, this is ${N('Tanner McGillivray')}. I need the Coast Guard physical form filled out for my mariner credential renewal, the ${T('719K', 'seven nineteen k')}. My reference number's ${L('2847163', 'two eight four seven one six three')}. I fish out of Naknek in the summer but I'm in town till May, so anytime works except the ${D('10th', 'tenth')} through the ${D('14th', 'fourteenth')}, I'm down in Seattle for boat work. ${PH('907-555-0164', 'nine oh seven, five five five, oh one six four')}.`,

  // Vendor, no PHI.
  `Hi, this is Northern Lights Medical Supply, just following up on the quote for the exam table paper and the glove order. We'll try you again Thursday. Thanks.`,

  // Samoan patient, A1C.
  `Hi, good morning, this is ${N('Tavita Leiataua')}, ${N('L-E-I-A-T-A-U-A')}. I did the blood test Monday for ${P('Dr. Tupou')}, the sugar one, the ${T('A1C', 'a one c')}. Last time it was ${T('9.2', 'nine point two')}. I just want to know if it's going down. You can leave it on my voicemail, it's ${PH('907-555-0108', 'nine oh seven five five five oh one oh eight')}. Fa'afetai lava.`,

  // Disability office records request.
  `Hello, this is the Disability Determination Services office in Anchorage calling about a records request for ${N('Marvin Sam')}, date of birth ${D('01/23/1979', 'oh one twenty three nineteen seventy nine')}. We need office notes from the last twelve months. Please fax them to ${PH('907-555-0197', 'nine oh seven, five five five, oh one nine seven')}, attention medical records. Thank you.`,

  // Hospital care coordinator.
  `Hi, this is ${P('Jolene')}, care coordinator with cardiology at ${T('ANMC', 'a n m c')}. I'm calling about a mutual patient, ${N('Moses Chief')}, date of birth ${D('8/2/1950', 'eight two nineteen fifty')}. He had his echo on ${D('January 8th', 'january eighth')} and ${P('Dr. Ferreira')} wants his primary to start him on a low dose of Lasix and recheck his kidney labs in a week. I'm at ${PH('907-555-0132 extension 4417', 'nine oh seven, five five five, oh one three two, extension four four one seven')}. Thanks.`,

  // Labs drawn at a tribal clinic.
  `Hi, this is ${N('Dorothy Kokrine')}, I'm from ${AD('Galena')} but I'm in ${AD('Fairbanks')} this week staying with my daughter. I got my labs done at Chief Andrew Isaac on Monday, and I want ${P('Dr. Sagal')} to look at them before I go home Saturday. My number is ${PH('907-555-0176', 'nine oh seven, five five five, oh one seven six')}. My birthday is ${D('February 27th, 1949', 'february twenty seventh forty nine')}. Thank you.`,

  // Too cold to come in.
  `Hi, this is ${N('Julie Demientieff')}. I had a ${T('2:30', 'two thirty')} with ${P('Dr. Sagal')} today but it's minus forty five and my car won't start, it's just not happening. Can we move it to next week, any afternoon? ${PH('907-555-0194', 'nine oh seven, five five five, oh one nine four')}. Thanks.`,

  // Sports physical, Eagle River.
  `Hi, good morning, this is ${N('María de Jesús Cárdenas')}. My son ${N('Mateo')} needs a physical for basketball, the coach says he can't practice without it. We live in ${AD('Eagle River')}, so anything after school, after ${T('3:30', 'three thirty')}. His birthday is ${D('April 4th, 2011', 'april fourth two thousand eleven')}, and he has Denali KidCare. My cell is ${PH('907-555-0146', 'nine oh seven, five five five, oh one four six')}. Thank you so much.`,

  // Air ambulance bill.
  `Yeah, hi, this is ${N('Gilbert Huntington')}, I'm calling because I got a bill from the air ambulance for ${T('$48,000', 'forty eight thousand dollars')}, from when they flew me in from home, from ${AD('Tanana')}, in November, and they say they need a letter from my doctor that it was medically necessary. The claim number is ${AC('LM-2231-0048', 'l m two two three one, oh oh four eight')}. My number's ${PH('907-555-0120', 'nine oh seven five five five oh one twenty')}. Thanks.`,

  // Military retiree, VA plus Medicare.
  `Hello, this is ${N('Lonnie Pruitt')}, I'm retired Air Force, I live out by Eielson in ${AD('Salcha')}. I've got TRICARE For Life and Medicare, and the ${T('VA', 'v a')} for the hearing stuff. Somebody at the front desk said my Medicare number on file is wrong, so here it is, ${H('7FD2-UM8-RK45', 'seven f d two, u m eight, r k four five')}. Call me at ${PH('907-555-0113', 'nine oh seven, five five five, oh one one three')}. Thanks.`,

  // Health aide with vitals.
  `Hi, this is ${P('Hannah Ballot')}, community health aide at the Selawik clinic. I'm calling for ${N('Roland Ticket')}, D-O-B ${D('3/17/1962', 'three seventeen sixty two')}. His blood pressure's been running high, today it was one sixty over ninety eight, and he ran out of his lisinopril ${T('10', 'ten')} milligrams about a week ago. Can ${P('Dr. Okafor')} send a refill to the Maniilaq pharmacy, and should we go up to ${T('20', 'twenty')}? Clinic is ${PH('907-555-0189', 'nine oh seven, five five five, oh one eight nine')}.`,

  // Grandson for a grandmother over 89.
  `Hi, this is ${N('Josiah Ahsoak')}, I'm calling for my grandma ${N('Martha Ahsoak')}, she's ${AG('94', 'ninety four')}. She lives up in ${AD('Utqiagvik')} but she's down here with us for the winter. She needs her Medicare wellness visit and her eye drops refilled. Her Medicare number is ${H('2WH5-CE1-YN08', 'two w h five, c e one, y n zero eight')}. You can reach me at ${PH('907-555-0172', 'nine oh seven, five five five, oh one seventy two')}. Thank you.`,

  // Due date, transfer to a doctor in Homer.
  `Hello, this is ${N('Anisim Kalugin')}, I call for my wife ${N('Marfa Kalugin')}. She is pregnant, due date is ${D('April 3rd', 'april third')}, and she wants to see the doctor in Homer now, it is too far to drive to Anchorage in winter. Please send her records to them. Her birthday is ${D('9/9/1998', 'nine nine ninety eight')}. My phone ${PH('907-555-0131', 'nine oh seven, five five five, oh one three one')}. Thank you.`,

  // Night-shift nurse, results.
  `Hi, it's ${N('Rowena Bautista')}, I work nights so please don't call before ${T('2', 'two')} in the afternoon. I'm just checking on my thyroid results from ${D('Tuesday the 14th', 'tuesday the fourteenth')}. ${P('Dr. Villaroman')} said she'd call but I know she's busy. Cell is ${PH('907-555-0117', 'nine oh seven, five five five, oh one one seven')}. Salamat.`,

  // Cancel.
  `This is ${N('Kyle Brennan')}, cancelling my appointment tomorrow at ${T('8:15', 'eight fifteen')}, I'll call back to reschedule.`,

  // Email update.
  `Hello, this is ${N('Seo-yeon Choi')}. I changed my email address, please update it so I get the portal messages. The new one is ${E('seoyeon.choi88@gmail.com', 's e o y e o n dot c h o i eight eight at gmail dot com')}. My birthday is ${D('June 12, 1988', 'june twelve nineteen eighty eight')}. Thank you.`,

  // Escort letter for an elder's travel.
  `Hi, this is ${N('Qaiyaan Nashoalook')}, ${N('N-A-S-H-O-A-L-O-O-K')}. My grandfather ${N('Isaac Nashoalook')} has an appointment with ${P('Dr. Lindqvist')} on the ${D('30th', 'thirtieth')} and Medicaid travel says he needs a letter saying he needs an escort, because he doesn't hear well and gets confused in the airport. I'm going to be his escort. We live in ${AD('Nome')}. His birthday is ${D('October 10th, 1944', 'october tenth nineteen forty four')}. My number is ${PH('907-555-0181', 'nine oh seven, five five five, oh one eight one')}. Thank you.`,

  // Lab critical value.
  `Hi, this is ${P('Danielle')} from the lab at Providence, calling with a critical value for ${P('Dr. Amaral')}. Patient is ${N('Gerald Swan')}, date of birth ${D('11/5/1947', 'eleven five forty seven')}, potassium is ${T('6.4', 'six point four')}, collected at ${T('7:50', 'seven fifty')} this morning. Please call back to acknowledge at ${PH('907-555-0111', 'nine oh seven, five five five, oh one one one')}. Thank you.`,

  // Snowmachine crash.
  `Hey, this is ${N('Colt Sorensen')}. I wrecked my snowmachine on Sunday and went to the E-R in Palmer, they said I cracked a rib and to follow up with my regular doctor in a week. Can I get in with ${P('Dr. Lindqvist')}? My birthday is ${D('12/31/90', 'twelve thirty one ninety')}. ${PH('907-555-0165', 'nine oh seven, five five five, oh one six five')}.`,

  // Wrong number, no PHI.
  `Oh, sorry, I think I have the wrong number, I was trying to get the dentist on Tudor. Sorry about that.`,

  // PO box, refills by mail.
  `Hi, this is ${N('Alma Nanalook')}, I live in ${AD('Dillingham')}. I need my refills mailed, the Synthroid and the metformin, and please use my PO box, not the house, the mail doesn't come to the house. It's ${AD('PO Box 1172, Dillingham, Alaska 99576', 'p o box eleven seventy two, dillingham alaska, nine nine five seven six')}. My birthday is ${D('5/5/1963', 'five five sixty three')}. Thank you.`,

  // Address change in Anchorage.
  `Hi, this is ${N('Jasmine Tulik')}, I moved, so can you change my address? It's ${AD('2207 East 42nd Avenue, Apartment 3, Anchorage 99508', 'twenty two oh seven east forty second avenue, apartment three, anchorage, nine nine five oh eight')}. Same phone number. And my date of birth is ${D('July 19th, 1995', 'july nineteenth ninety five')}, in case there's another ${N('Jasmine Tulik')}. Thanks.`,

  // Hmong elder, Mrs. Her.
  `Hello, this is ${N('Pheng Her')}, I am calling for my mother, Mrs. ${N('Her')}, ${N('Yer Her')}, ${N('H-E-R')}. She need the refill for the pain pill, the meloxicam, ${T('15', 'fifteen')}, and she have only two left. Her birthday is ${D('1/1/1949', 'january first nineteen forty nine')}. Call me, ${PH('907-555-0185', 'nine oh seven, five five five, oh one eight five')}. Thank you.`,

  // Portal trouble.
  `Hi, this is ${N('Brandon Whitehorse')}, I can't get into the patient portal, it keeps saying my account is locked. My patient number is ${M('AK0047731', 'a k zero zero four seven seven three one')}, and the email on it should be ${E('bwhitehorse@alaska.net', 'b whitehorse at alaska dot net')}. Can somebody reset it? ${PH('907-555-0130', 'nine oh seven, five five five, oh one three oh')}.`,

  // Slope fit-for-duty letter.
  `Hi, this is ${N('Travis Lundgren')}. I need a fit-for-duty letter after my back thing before I can go back up to the Slope, my next hitch starts ${D('February 2nd', 'february second')}. The camp medic, ${P('Kurt')}, said the letter has to come from my own doctor. My date of birth is ${D('8/8/84', 'eight eight eighty four')}. Call me at ${PH('907-555-0126', 'nine oh seven, five five five, oh one two six')}. Thanks.`,

  // Athabascan elder who turned ninety.
  `Hi, it's ${N('Nora Esai')} calling for my auntie ${N('Caroline Esai')} in ${AD('Nenana')}. She just turned ${AG('ninety', 'ninety')} on the ${D('9th', 'ninth')} and she's been real tired, not eating much. She doesn't want to come in unless she has to. Can the nurse call me? ${PH('907-555-0148', 'nine oh seven five five five zero one four eight')}. Thank you.`,

  // Brother picking up records, driver's licence.
  `Hi, this is ${N('Calvin Joe')}. My brother ${N('Norman Joe')} is going to pick up copies of my records for me Friday because I'm back in the village. His driver's license number is ${L('7104482', 'seven one oh four four eight two')}, so you know it's him. My birthday is ${D('3/3/1977', 'three three nineteen seventy seven')}. Quyana.`,

  // Parking lot, plate.
  `Hi, this is ${N('Sharon Knutson')}, I was at my appointment this morning and when I came out somebody had backed into my truck in your parking lot. There's a guy at the front desk who said he saw it, the other car was a white Subaru, plate ${V('GKT 418', 'g k t four one eight')}. Can you check if your camera got it? ${PH('907-555-0153', 'nine oh seven, five five five, oh one five three')}. Thanks.`,

  // Samoan telehealth, email.
  `Hi, my name is ${N('Malia Pulefaasisina')}, ${N('P-U-L-E-F-A-A-S-I-S-I-N-A')}. I have a video appointment for my dad ${N('Faamanu Pulefaasisina')} on ${D('Wednesday the 22nd', 'wednesday the twenty second')} at ${T('11', 'eleven')}. Can you send the link to my email, because he doesn't have email? It's ${E('malia.pule@hotmail.com', 'malia dot pule at hotmail dot com')}. My phone is ${PH('907-555-0144', 'nine oh seven, five five five, oh one four four')}. Fa'afetai.`,

  // Military spouse, immunization records.
  `Hi, this is ${N('Kayla Dominguez')}, my husband's stationed at Fort Wainwright. I need the shot records for my son ${N('Eli Dominguez')} for the school on post, they want them by Friday. His birthday is ${D('May 27th, 2018', 'may twenty seventh twenty eighteen')}. Could you email them to ${E('kayla.dom22@gmail.com', 'kayla dot dom twenty two at gmail dot com')}? Thanks so much.`,

  // New insurance through an employer.
  `Hi, ${N('Dwight Itta')} here. I started with the Borough in January so I've got new insurance, Aetna, member ID ${H('W284117605', 'w two eight four, one one seven, six oh five')}, group number ${T('0873306', 'oh eight seven three three oh six')}. Please update it before my appointment on the ${D('29th', 'twenty ninth')}. ${PH('907-555-0170', 'nine oh seven five five five oh one seventy')}.`,

  // Prior auth, name only.
  `Hi, this is ${N('Terri Blankenship')}, the pharmacy says the Ozempic needs a prior authorization again. I've been on it since ${T('2023', 'twenty twenty three')}, I don't know why it needs one now. Can somebody look into it? Thanks.`,

  // Grandson for an Old Believer elder.
  `Hello, my name is ${N('Stefan Yakunin')}, I'm calling for my grandmother, ${N('Agafia Yakunin')}. She doesn't speak English, only Russian. She's ${T('86', 'eighty six')}, she fell on the ice on ${D('Sunday the 12th', 'sunday the twelfth')}, nothing broken but her wrist is still swollen. We're in ${AD('Anchor Point')}. Is there a way to do a video visit with a Russian interpreter? My number is ${PH('907-555-0136', 'nine oh seven, five five five, oh one three six')}.`,

  // Denali KidCare renewal, Yup'ik mother.
  `Hi, this is ${N('Sophie Wassillie')} from ${AD('Kwethluk')}. The Denali KidCare office says my kids' renewal is missing a form from the doctor, for ${N('Jordan')} and ${N('Kaylee Wassillie')}. Can you fax it to them? I don't have the fax number, sorry. I'm using my mom's phone, ${PH('907-555-0119', 'nine oh seven, five five five, oh one one nine')}. Quyana.`,

  // Self-correction on the number.
  `Hi, ${N('Darnell Fuimaono')}, calling back for the nurse. My number is ${T('907-555-01...', 'nine oh seven five five five oh one')}, no wait, that's my old one, it's ${PH('907-555-0162', 'nine oh seven, five five five, oh one six two')}. Thanks.`,

  // Several numbers.
  `Hello, this is ${N('Evangeline Soriano')}, calling about my husband ${N('Rodel Soriano')}'s appointment on the ${D('27th', 'twenty seventh')}. He works at the airport so you can try his work number, ${PH('907-555-0100 extension 322', 'nine oh seven, five five five, oh one hundred, extension three two two')}, or the house, ${PH('907-555-0157', 'nine oh seven, five five five, oh one five seven')}, or me on my cell, ${PH('907-555-0109', 'nine oh seven, five five five, zero one zero nine')}. Thank you.`,

  // Mail-out refill address, Fairbanks milepost.
  `Hi, it's ${N('Wade Erickson')}. Can you have the mail-order pharmacy send my refills to the house instead of the post office this time? It's ${AD('Mile 9 Chena Hot Springs Road, Fairbanks', 'mile nine chena hot springs road, fairbanks')}. They'll leave it in the box by the road. ${PH('907-555-0179', 'nine oh seven, five five five, oh one seven nine')}.`,

  // Medicaid lapse.
  `Hi, this is ${N('Jeremiah Charles')}. I got a bill because my Medicaid lapsed in November, but I reapplied and it's back on now, backdated. My Medicaid ID is ${H('3300759214', 'three three double oh, seven five nine, two one four')}. Can you rebill it? The statement number is ${AC('55019832', 'five five oh one, nine eight three two')}. ${PH('907-555-0124', 'nine oh seven, five five five, oh one two four')}.`,

  // No PHI, new patients.
  `Hi, I was just wondering if you're taking new patients with Denali KidCare, for two kids. I'll call back during the day. Thank you.`,

  // Relative calling from Seattle.
  `Hi, my name is ${N('Sina Tuiasosopo')}, I'm calling about my brother ${N('Iakopo Tuiasosopo')}, he's your patient. He's been in the hospital at Alaska Regional since the ${D('10th', 'tenth')} and he asked me to call you because his phone is broken. I live in ${AD('Seattle')}, so please call me at ${PH('206-555-0149', 'two oh six, five five five, oh one four nine')}. His birthday is ${D('9/14/1983', 'september fourteenth nineteen eighty three')}. Thank you.`,

  // Death notice.
  `Hello, this is ${N('Linda Alexander')}. I'm calling to let you know my dad, ${N('Walter Alexander')}, passed away on the ${D('11th', 'eleventh')}. He was a patient of ${P('Dr. Sagal')} for a long time. Can you cancel his appointments and stop the refills? If you need anything from me, ${PH('907-555-0137', 'nine oh seven, five five five, oh one three seven')}. Thank you.`,

  // Russian interpreter request.
  `Hello, my name is ${N('Ilarion Fefelov')}. I have appointment on ${D('January 21st', 'january twenty first')} and I want Russian interpreter, please, my English is not so good for medical words. Birthday ${D('2/11/1966', 'two eleven nineteen sixty six')}. Phone ${PH('907-555-0191', 'nine oh seven, five five five, oh one nine one')}. Thank you.`,

  // Work note, Mexican caller.
  `Hi, this is ${N('Jesús Alberto Treviño')}. I need a paper for work, I was sick with the flu from ${D('Monday the 13th', 'monday the thirteenth')} to ${D('Thursday the 16th', 'thursday the sixteenth')}, and my boss at the hotel wants a doctor's note. I saw ${P('Dr. Villaroman')} on Tuesday. My number is ${PH('907-555-0128', 'nine oh seven, five five five, oh one two eight')}. Thank you.`,

  // Moved to Kodiak.
  `Hi, this is ${N('Shayla Pedersen')}, I moved down to ${AD('Kodiak')} last month, so I need my records sent to the new doctor there, and I'll fill out whatever release you need. Can you email the form to ${E('shaylap@acsalaska.net', 's h a y l a p at a c s alaska dot net')}? My birthday's ${D('March 30th, 1992', 'march thirtieth ninety two')}. Thanks.`,

  // Twins, Denali KidCare.
  `Hi, this is ${N('Crystal Moses')}, I need to set up well-child checks for my twins, ${N('Aiden')} and ${N('Ayla Moses')}, they turn one on the ${D('18th', 'eighteenth')}. Their Denali KidCare numbers are ${H('4416092357', 'four four one six, oh nine two, three five seven')} and ${H('4416092365', 'four four one six, oh nine two, three six five')}. ${PH('907-555-0166', 'nine oh seven, five five five, oh one six six')}.`,

  // AmEx payment.
  `Hi, this is ${N('Min-jun Seo')}, I own the restaurant on Fireweed, I want to pay my bill and my wife's bill. Please use the American Express, ${C('371482539672858', 'three seven one four, eight two five three nine six, seven two eight five eight')}, expiration ${T('04/28', 'oh four twenty eight')}. Account numbers are ${AC('31002264', 'three one oh oh, two two six four')} and ${AC('31002265', 'three one oh oh, two two six five')}. Thank you.`,

  // Question only, no PHI.
  `Hi, quick question, can I take my gabapentin with the Tylenol? I take ${T('300', 'three hundred')} milligrams three times a day. I'll call back later, it's not urgent.`,

  // Mail-order pharmacist.
  `This is ${P('Marisol')}, pharmacist with the mail-order pharmacy, calling about a prescription for ${N('Everett Nicholia')}, date of birth ${D('12/9/1958', 'twelve nine nineteen fifty eight')}. The prescription for insulin glargine didn't have units per day, we need that before we can ship it. Please call ${PH('800-555-0135', 'eight hundred, five five five, oh one three five')}. Thanks.`,

  // Hostel again.
  `Hi, it's ${N('Agnes Tom')}, ${N('T-O-M')}, I'm in room ${T('308', 'three oh eight')} at the patient hostel. I came in from ${AD('Hooper Bay')} for my eye surgery and I'm supposed to have a check with my regular doctor before I go home Tuesday. The hostel van can bring me any time before ${T('2', 'two')}. My birthday is ${D('4/25/1951', 'four twenty five fifty one')}. Call the desk, ${PH('907-555-0110', 'nine oh seven, five five five, oh one ten')}.`,

  // Health aide, child rash.
  `Hi, this is ${P('Gloria Kaganak')}, health aide at the Scammon Bay clinic. I sent photos through the telehealth system this morning for ${N('Lucas Akerelrea')}, he's ${T('2', 'two')}, birthday ${D('August 14, 2022', 'august fourteen twenty twenty two')}, for a rash on his legs. Can the provider look at it today? Our number is ${PH('907-555-0154', 'nine oh seven, five five five, oh one five four')}. Quyana.`,

  // VA bill.
  `Yeah, this is ${N('Dennis Whitmore')}. I got a bill from you for ${T('$340', 'three hundred forty dollars')} and that visit should've gone to the ${T('VA', 'v a')}, it was on the community care referral. The visit was ${D('December 19th', 'december nineteenth')}. Last four of my social, ${SS('2093', 'two oh nine three')}. Call me back, ${PH('907-555-0180', 'nine oh seven five five five oh one eighty')}.`,

  // Eagle River milepost-ish address.
  `Hi, this is ${N('Heather Bjornstad')}. I need to update my address, we finally moved out of town. It's ${AD('18420 Hiland Road, Eagle River, Alaska 99577', 'one eight four two oh hiland road, eagle river alaska, nine nine five seven seven')}. The phone's the same. Oh, and it's for my husband ${N('Erik')} too. Thanks.`,

  // Specialist's office fax.
  `Hi, this is ${P('Tammy')} with Alaska Orthopedic Specialists, calling for ${N('Rudy Pangilinan')}, D-O-B ${D('6/6/1967', 'six six sixty seven')}. We received the referral but we still need his last x-ray report and the office note. You can fax to ${PH('907-555-0196', 'nine oh seven, five five five, oh one nine six')}. Thanks.`,

  // Home health nurse.
  `Hi, this is ${P('Colleen')}, I'm the home health nurse for ${N('Edna Demoski')}. I saw her today, the wound on her left heel looks worse, more drainage, and I'd like an order for a wound culture and maybe a change in the dressing. I'm in the field but my cell is ${PH('907-555-0155', 'nine oh seven, five five five, oh one five five')}. Thanks.`,

  // Outside doctor.
  `Hello, this is ${P('Dr. Anand Subramanian')}, nephrology. I saw ${N('Harriet Alexie')} in clinic on ${D('January 9th', 'january ninth')}, her kidney function is stable. I'm faxing my note, but I wanted ${P('Dr. Hwang')} to know we'd like to stop the ibuprofen. My direct line is ${PH('907-555-0190', 'nine oh seven, five five five, oh one nine oh')}.`,

  // Newborn.
  `Hi, my name is ${N('Ashley Vue')}, I had my baby at Mat-Su Regional on ${D('January 2nd', 'january second')}, it's a boy, ${N('Noah')}, and they said to get him in with a pediatrician or family doctor in the first week, but we were snowed in. We live in ${AD('Palmer')}. Can you take him? My number is ${PH('907-555-0123', 'nine oh seven five five five oh one two three')}.`,

  // Spelling with aids.
  `Hi, it's ${N('Feliks Zaharoff')}. That's ${N('Z as in zebra, A-H-A-R-O-F-F', 'z as in zebra a h a r o f f')}. I'm calling because my hearing aid doctor needs a referral and I don't know if you sent it. My birthday is ${D('October 31st, 1955', 'october thirty first fifty five')}. Call me, ${PH('907-555-0174', 'nine oh seven, five five five, oh one seven four')}.`,

  // Wrong birth date corrected.
  `Hi, this is ${N('Lucy Kiokun')}, my birthday is ${T('September...', 'september')} no, sorry, ${D('November 3rd, 1985', 'november third nineteen eighty five')}, I'm half asleep. I was supposed to get the results from the ultrasound. ${PH('907-555-0168', 'nine oh seven, five five five, oh one six eight')}.`,

  // Medigap.
  `Hello, this is ${N('Margaret Ostrowski')}. I have a supplement plan now with my Medicare, it's the A-A-R-P one, member number ${H('48022173001', 'four eight oh two two, one seven three, oh oh one')}. Please add it before you bill for my visit on the ${D('17th', 'seventeenth')}. My phone is ${PH('907-555-0187', 'nine oh seven, five five five, oh one eight seven')}.`,

  // Pill count, hard negatives.
  `Hi, it's ${N('Ernest Beaver')}. I counted my pills and I've got ${T('12', 'twelve')} of the carvedilol left, I take ${T('25', 'twenty five')} milligrams twice a day, so I'm good for six days. The mail usually takes ten days to get out here, so please send it now. Same PO box as always. ${PH('907-555-0114', 'nine oh seven five five five oh one one four')}.`,

  // No PHI, flu shots.
  `Hello, are you still doing flu shots and COVID boosters? My husband and I both need them. We'll call back. Thank you.`,

  // Strep, Filipino mother.
  `Hi, this is ${N('Jonalyn Macaraeg')}. My daughter ${N('Princess')} was tested for strep yesterday with ${P('Dr. Villaroman')} and they said they'd call with the culture. Nobody called yet. Her birthday is ${D('7/4/2014', 'seven four twenty fourteen')}. My number is ${PH('907-555-0112', 'nine oh seven, five five five, oh one one two')}. Thank you.`,

  // Payment plan.
  `Hi, I'm ${N('Russell Kriska')}, account ${AC('7704-2219', 'seven seven oh four, two two one nine')}. I can't pay the whole ${T('$1,150', 'eleven fifty')} right now, the PFD isn't till October. Can I do like a hundred a month? ${PH('907-555-0133', 'nine oh seven, five five five, oh one three three')}. Thanks.`,

  // Calling from a cabin.
  `Hey, this is ${N('Buddy Carlo')}. I'm out at the cabin on the Chena and the phone cuts out, so I'll try to keep it short. I need my inhaler refilled, the Symbicort, send it to the Safeway on Geist. My birthday's ${D('1/30/1973', 'one thirty seventy three')}. I'll be back in town Sunday.`,

  // Moved to Wasilla, pharmacy change.
  `Hi, this is ${N('Kendra Lachapelle')}, we moved to ${AD('Wasilla')} so I need all my prescriptions switched to the Walgreens on Parks Highway. Birthday ${D('February 14th, 1980', 'february fourteenth nineteen eighty')}. ${PH('907-555-0145', 'nine oh seven five five five oh one four five')}. Thanks.`,

  // Another office, referral.
  `Hi, this is ${P('Vanessa')} calling from ${P('Dr. Ahkivgak')}'s office at the Samuel Simmonds hospital. We have a patient, ${N('Leonard Nageak')}, date of birth ${D('4/2/1959', 'four two nineteen fifty nine')}, who's establishing with you when he moves to town, and we want to send his records. What's your fax number? Call me at ${PH('907-555-0122', 'nine oh seven, five five five, oh one two two')}.`,

  // Slope medic.
  `Hi, this is ${P('Jeff Pardee')}, I'm the medic at a camp in Deadhorse. One of your patients, ${N('Aaron Kingeekuk')}, date of birth ${D('10/19/1991', 'ten nineteen ninety one')}, came in with chest pain, his EKG here is normal, but we're sending him down on the ${T('3:40', 'three forty')} flight and he wants to be seen by you tomorrow. Call me at ${PH('907-555-0106', 'nine oh seven five five five oh one oh six')}.`,

  // Grandmother 89 (not labelled).
  `Hi, this is ${N('Vicky Paniptchuk')}, calling for my grandmother ${N('Lena Paniptchuk')}. She's ${T('89', 'eighty nine')}, and she has a bad cough, it's been a week. She's in ${AD('Shaktoolik')}, and the health aide said to call you. Can you send something to the clinic? My number is ${PH('907-555-0107', 'nine oh seven, five five five, oh one oh seven')}.`,

  // Father turning one hundred.
  `Hi, this is ${N('Judy Olafsen')}, my dad ${N('Arne Olafsen')} turns ${AG('100', 'a hundred')} on the ${D('4th', 'fourth')}, can you believe it, and we want him to get his flu shot and be checked before the big party. He's a little wobbly. ${PH('907-555-0101', 'nine oh seven five five five oh one oh one')}. Thanks.`,

  // Date style, '61.
  `Hi, it's ${N('Harvey Nicolai')}, born ${D('March 2nd of \'61', 'march second of sixty one')}. Just checking on my cholesterol results. I'm on ${PH('907-555-0169', 'nine oh seven, five five five, oh one six nine')}.`,

  // Inupiaq, medevac to Anchorage and back.
  `Hi, this is ${N('Ruth Aguvluk')}. I'm ${N('Rosalie')}'s sister. They flew her home to ${AD('Kotzebue')} already but she forgot her prescription paper at the hostel. Can you send it to the Maniilaq pharmacy instead? Her birthday is ${D('May 17th, 1966', 'may seventeenth nineteen sixty six')}. I'm at ${PH('907-555-0160', 'nine oh seven, five five five, oh one six oh')}.`,

  // Samoan, Hawaii relative's number.
  `Hi, my name is ${N('Leilani Mauga')}. I'm calling for my grandmother, ${N('Malu Mauga')}, she needs her diabetes pills refilled, she's up visiting us from ${AD('Pago Pago')}. Her doctor in Samoa sent the list. Call me at ${PH('907-555-0150', 'nine oh seven, five five five, oh one five oh')}.`,

  // Spanish-speaking elder, son translating.
  `Hi, this is ${N('Rafael Domínguez')}, I'm calling for my mom, ${N('Ofelia Domínguez')}, she only speaks Spanish. She has Medicare and Medicaid. She's been dizzy since Saturday. Her birthday is ${D('April 22nd, 1946', 'april twenty second nineteen forty six')}. Can someone call me back at ${PH('907-555-0127', 'nine oh seven, five five five, oh one two seven')}?`,

  // CPAP.
  `Hi, ${N('Gary Ostrander')} calling from ${AD('Delta Junction')}. My CPAP quit on me, the supply company in Anchorage says I need a new prescription and a face-to-face note. The machine serial is ${DV('23193A041552', 'two three one nine three a oh four one five five two')}. ${PH('907-555-0183', 'nine oh seven, five five five, oh one eight three')}. Thanks.`,

  // Insulin pump.
  `Hi, this is ${N('Hye-won Jang')}. My insulin pump was giving an error, I called the company and they're sending a replacement, but they need the doctor to confirm. The serial number of the old pump is ${DV('NG1188420H', 'n g one one eight eight four two oh h')}. Please call me, ${PH('907-555-0116', 'nine oh seven five five five zero one one six')}.`,

  // Cancelled Bethel flight, Grant and Ravn as hard negatives.
  `Hi, this is ${N('Clarence Wassillie')}. I was supposed to come in on the Ravn flight today but it got cancelled, and Grant couldn't get me to Bethel either. So I'm going to miss my ${T('1:30', 'one thirty')} with ${P('Dr. Tupou')}. I'm still at home in ${AD('Kasigluk')}. ${PH('907-555-0104', 'nine oh seven five five five oh one oh four')}.`,

  // Crab fisherman injured, medevaced.
  `Yeah, this is ${N('Steve Radcliffe')}, my son ${N('Tyler')} got hurt on the crab boat out of Dutch and got medevaced to Anchorage on the ${D('8th', 'eighth')}. He's out of the hospital now and staying with us in ${AD('Anchorage')}, and he needs a follow-up for the hand surgery and a note for the boat. ${PH('907-555-0158', 'nine oh seven, five five five, oh one five eight')}.`,

  // Rambling elder.
  `Yes, hello, this is ${N('Abraham Lincoln Evan')}. Yes, that's my real name. I am calling because ${P('Dr. Okafor')} told me to call when my sugar is over ${T('300', 'three hundred')}, and this morning it was ${T('312', 'three twelve')}. I ate akutaq at my niece's birthday last night, maybe that's why. I am at my niece's house in ${AD('Mountain Village')}. Her phone is ${PH('907-555-0102', 'nine oh seven, five five five, oh one oh two')}. ${N('Abraham Evan')}. Thank you.`,

  // Repeat caller.
  `It's ${N('Buck Ostrander')} again, I called Monday about the knee, nobody called me back. ${PH('907-555-0140', 'nine oh seven, five five five, oh one forty')}. Again, ${PH('907-555-0140', 'nine oh seven five five five oh one four oh')}.`,

  // Hospital billing.
  `Hi, this is ${P('Karen')} in patient accounts at Fairbanks Memorial, calling about a claim for ${N('Lydia Frank')}, date of service ${D('December 28th', 'december twenty eighth')}. We need the referral number from your office. Our claim number is ${AC('FMH2290041', 'f m h two two nine oh oh four one')}. Please call ${PH('907-555-0193', 'nine oh seven, five five five, oh one nine three')}.`,

  // No PHI, fax machine.
  `Hi, this is the Carrs pharmacy on Huffman, your fax line has been busy all morning. We've got a couple of refill requests waiting. We'll keep trying.`,

  // Grandchild email and phone.
  `Hi, this is ${N('Theresa Kassock')}. I'm calling for my grandson ${N('Elias')}, he's ${T('14', 'fourteen')}, he needs his asthma action plan for school. Could you email it to me at ${E('tkassock@gci.net', 't kassock at g c i dot net')}? Or call me at ${PH('907-555-0141', 'nine oh seven, five five five, oh one four one')}. His birthday is ${D('11/11/2010', 'eleven eleven twenty ten')}.`,

  // Discover payment.
  `Hello, this is ${N('Marlene Dayton')}, I'd like to pay ${T('$45', 'forty five dollars')} on my daughter's account, ${N('Kaitlyn Dayton')}. The card is Discover, ${C('6011 4306 0830 3163', 'six oh one one, four three oh six, oh eight three oh, three one six three')}, expires ${T('9/26', 'nine twenty six')}. Thank you.`,

  // Visa payment, Old Believer.
  `Hi, this is ${N('Vasily Reutov')}. I want to pay bill for my son ${N('Kiril')}. Visa, ${C('4147 1226 0888 8143', 'four one four seven, one two two six, oh eight eight eight, eight one four three')}. Account is ${AC('66120873', 'six six one two oh eight seven three')}. Thank you.`,

  // Full SSN for Medicaid application.
  `Hi, this is ${N('Ana Lopes Villanueva')}. The Medicaid office says you need my social security number for the form you're filling out for me, so it's ${SS('522-55-0146', 'five two two, five five, oh one four six')}. My birthday is ${D('December 8, 1990', 'december eight nineteen ninety')}. Call me if you need anything else. ${PH('907-555-0173', 'nine oh seven five five five oh one seven three')}.`,

  // Chart number, Yup'ik elder.
  `Hello, this is ${N('Paul Kanrilak')}, my chart number is ${M('118403', 'one one eight four oh three')}. I'm calling because the letter from you folks said to come in for my shots, but I'm in ${AD('Tuntutuliak')} and the river isn't safe yet. I'll come when the ice is good. ${PH('907-555-0195', 'nine oh seven, five five five, oh one nine five')}.`,

  // Telehealth consent.
  `Hi, it's ${N('Melanie Sheldon')}, I'm calling for my son ${N('Tristan Sheldon')}. He's staying with his dad in ${AD('Noorvik')} this winter so we'd like to do his ADHD follow-ups by video. His birthday is ${D('6/20/2013', 'six twenty twenty thirteen')}. My email is ${E('msheldon907@yahoo.com', 'm sheldon nine oh seven at yahoo dot com')}. ${PH('907-555-0199', 'nine oh seven, five five five, oh one nine nine')}.`,

  // Short result callback.
  `Hi, returning a call from the nurse, ${P('Alapaki')}, about my x-ray. It's ${N('Donovan Tulik')}, ${PH('907-555-0175', 'nine oh seven five five five oh one seven five')}.`,

  // Relative staying in Fairbanks.
  `Hi, this is ${N('Irene Solomon')}. My mom ${N('Grace Solomon')} is from ${AD('Huslia')} but she's staying with me at ${AD('1420 Farmers Loop Road, Fairbanks', 'fourteen twenty farmers loop road, fairbanks')} until her appointment on the ${D('23rd', 'twenty third')}. Please mail her letters here. My phone is ${PH('907-555-0182', 'nine oh seven, five five five, oh one eight two')}.`,

  // Korean, results.
  `Hello, I'm ${N('Kyung-soo Hwang')}, no relation to the doctor. I did blood test last Thursday, liver test. Please call me, ${PH('907-555-0198', 'nine oh seven, five five five, oh one nine eight')}. Thank you.`,

  // Mexican family, Anchorage address.
  `Hi, this is ${N('Yesenia Ruiz')}. We moved, the new address is ${AD('904 North Bunn Street, Apartment 12, Anchorage, 99508', 'nine oh four north bunn street, apartment twelve, anchorage, nine nine five oh eight')}. It's for me and my kids, ${N('Diego')}, ${N('Valeria')} and ${N('Santiago Ruiz')}. Thank you.`,

  // Athabascan, Tok.
  `Hi, this is ${N('Cecilia Sam')} in ${AD('Tok')}. I need to reschedule my physical, the Alaska Highway is closed past Delta. Anytime next week is okay. ${PH('907-555-0135', 'nine oh seven, five five five, oh one three five')}.`,

  // Staff-only, no PHI.
  `Hi, it's the front desk in Fairbanks, just a reminder to whoever checks this box that the phones go to the answering service at ${T('5', 'five')} tonight, and we open late tomorrow at ${T('10', 'ten')} because of the storm.`,

  // Inupiaq, Wainwright vs Fort Wainwright.
  `Hi, this is ${N('Hazel Okakok')} from ${AD('Wainwright')}. I need my glasses prescription and my diabetes eye exam results sent to the eye clinic at Samuel Simmonds. Birthday ${D('8/30/1957', 'eight thirty fifty seven')}. ${PH('907-555-0151', 'nine oh seven, five five five, oh one five one')}.`,

  // Unusual name.
  `Hello, this is ${N('Apphia Gwendolyn Nutaaq Brower')}, that's a mouthful, sorry. ${N('N-U-T-A-A-Q')}. I need a referral to physical therapy for my shoulder. ${PH('907-555-0149', 'nine oh seven five five five oh one forty nine')}.`,
];
