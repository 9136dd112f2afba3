/**
 * Blind held-out PHI gold set 96: the voicemail of a family practice in Norfolk, Virginia, serving all of
 * Hampton Roads (Norfolk, Virginia Beach, Chesapeake, Portsmouth, Suffolk, Hampton, Newport News) and the
 * Eastern Shore. Callers: Navy sailors and spouses (ships and squadrons, deployments, homecomings, PCS moves,
 * base housing, TRICARE Prime / Select / For Life), Filipino-American Navy retiree families, shipyard workers
 * from Portsmouth and Newport News, Black families with deep Tidewater roots, watermen from Tangier and the
 * Eastern Shore, Virginia Beach retirees, and a few callers or patients over ninety. Also pharmacies, labs,
 * home health, hospital case managers and other offices. Virginia Medicaid (Cardinal Care) IDs, nor'easter
 * and tidal-flooding closures and hurricane evacuations run through the set. Some messages carry no PHI.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title or a military rate/rank ("Mrs.", "Chief", "Petty Officer", "Lieutenant") and a kinship
 *   word ("Tita", "Lola", "Aunt") stay outside a NAME span; "Dr." stays inside PROVIDER.
 * - Clinicians, and staff of this practice, pharmacies, labs, hospitals and home-health agencies named in their
 *   working role, are PROVIDER; patients, callers, relatives, neighbours, sponsors and shipmates are NAME.
 * - A spelled name is its own NAME span, letter by letter or in the Navy phonetic alphabet ("Tango Oscar ...").
 * - DATE: birth, visit, procedure, discharge, death, absence, due, deployment, return and homecoming dates and
 *   form deadlines tied to a person, full or partial; "the" stays outside ("the «22nd»"); a weekday said with
 *   its date is inside. Weekdays, months or years alone, relative days, clock times, card expiry, durations,
 *   gestational weeks and hurricane names are plain text.
 * - PHONE: every callback or fax number of a person or outside business (DSN numbers included), a caller's
 *   work extension inside; an abandoned false start stays outside, a full repeat is a new span; the practice's
 *   own menu options and extensions are plain.
 * - SSN includes "last four" of a caller's or a sponsor's social. HEALTH_PLAN_ID: TRICARE / DoD benefits
 *   numbers, Medicare MBIs, Medigap and commercial member IDs, Cardinal Care Medicaid IDs. MRN: chart and
 *   portal numbers. ACCOUNT: statement account and claim numbers. LICENSE: driver's, CDL and Coast Guard
 *   mariner credential numbers. DEVICE: CPAP, CGM and hearing-aid serials. VEHICLE: a licence plate. URL: a
 *   person's own page. CVV codes are not present.
 * - ADDRESS: a street address, and/or the town, city or neighbourhood where a patient or caller lives or is
 *   staying (evacuation included); said together it is one span. Ships, squadrons, bases and naval stations
 *   (Oceana, Dam Neck, Little Creek, Naval Station Norfolk), shipyards, piers, hospitals, pharmacies, schools,
 *   hotels and churches and their locations are not labelled; neither is a state alone.
 * - AGE only for ages over 89, the number phrase alone ("she's «ninety-six»"); younger ages, "ninety-day"
 *   supplies, blood pressures, doses, lab values, counts and money are plain text.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", pairs, "double five",
 *   hundreds, "niner", restarts; emails with "at" and "dot" and letters spelled where callers spell.
 */
import { pause, q } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, T } = pause;
const V = (w: string, s: string): string => `«VEHICLE|${w}|${q(s)}»`;
const U = (w: string, s: string): string => `«URL|${w}|${q(s)}»`;

export const BLIND96_MESSAGES: string[] = [
  `Hi, this is ${N('Brittany Kowalczyk')}. My husband's on the Eisenhower, they just left, and I need to get our son ${N('Mason')} a referral to ENT through TRICARE. His date of birth is ${D('April 2nd, 2019', 'april second twenty nineteen')}. Humana Military told me the referral has to come from you guys. My cell is ${PH('757-555-0143', 'seven five seven, five five five, oh one four three')}. Thanks.`,

  `Hello, good morning po. This is ${N('Rodelio Santos')}, I'm calling for my mother, ${N('Erlinda Santos')}, she is ${AG('ninety-two', 'ninety two')}. She has the swelling in her legs again, both ankles, and she ran out of the Lasix, the ${T('20 milligram', 'twenty milligram')}. Her doctor is ${P('Dr. Villanueva')}. Please call me, ${PH('757-555-0118', 'seven five seven five five five oh one one eight')}. Salamat po.`,

  `Yeah, this is ${N('Darnell Whitehurst')}, I work second shift at the shipyard in Portsmouth. I hurt my back on the ${D('9th', 'ninth')} climbing out of a tank on the boat in dry dock ${T('4', 'four')}, and medical down there needs a note saying I can't lift over ${T('25 pounds', 'twenty five pounds')}. I'm seeing ${P('Dr. Okafor')} Thursday but they want it before that. Call me at ${PH('757-555-0167', 'seven five seven five five five zero one six seven')}, after ${T('3', 'three')} is best.`,

  `Yes ma'am, this is ${N('Eldon Pruitt')} calling from out on ${AD('Tangier')}. I'm supposed to come over on the mail boat ${D('Tuesday the 14th', 'tuesday the fourteenth')} to see ${P('Dr. Brightwell')}, but they're calling for a northeast blow, twenty, twenty-five knots, and the boat might not run. If it don't, I'll call you that morning. My number is ${PH('757-555-0129', 'seven five seven, five five five, oh one two nine')}.`,

  `Hi, this is ${N('Gerald Hirsch')}, I'm a patient of ${P('Dr. Ramaswamy')}. Two things. We switched my Medigap to the AARP plan, the new member number is ${H('382041977-11', 'three eight two oh four one nine seven seven, one one')}. And we moved, new address is ${AD('3417 Whitecap Lane, Virginia Beach, 23456', 'thirty four seventeen whitecap lane, virginia beach, two three four five six')}. Phone's the same. Thank you.`,

  `Hi, um, I'm calling to see if you all are even open today with the flooding. Hampton Boulevard is under water down by ODU and I can't get through. I had a ${T('10:30', 'ten thirty')}. I'll just call back. Thanks.`,

  `Good afternoon, this is ${N('Vernell Riddick')}. I'm calling about my aunt, ${N('Odessa Cuffee')}. She's ${AG('ninety-eight', 'ninety eight')} years old and she's been a patient over there since ${P('Dr. Hollowell')}'s daddy had the practice. She had a little fall ${D('Sunday the 3rd', 'sunday the third')}, she's alright, but the home health nurse wants an order for a walker. She stays with me now, ${AD('1215 Bainbridge Boulevard, Chesapeake', 'twelve fifteen bainbridge boulevard chesapeake')}. My number is ${PH('757-555-0186', 'seven five seven, five five five, oh one eight six')}. God bless.`,

  `Hi, this is ${P('Thuy')}, pharmacist at the Harris Teeter on Colley Avenue. We have a new prescription for ${N('Marcus Ferebee')}, date of birth ${D('8/19/1961', 'eight nineteen nineteen sixty one')}, Jardiance ${T('25', 'twenty five')}, and TRICARE For Life is rejecting it for prior auth. Can the office start that? Pharmacy phone ${PH('757-555-0190', 'seven five seven five five five oh one nine oh')}, fax ${PH('757-555-0191', 'seven five seven five five five oh one nine one')}.`,

  `Hey, good morning, this is Petty Officer ${N('Tiana Boone')}. I'm on the Bataan, we pull out on the ${D('22nd', 'twenty second')}, and I need a ${T('90-day', 'ninety day')} supply of my sertraline and my birth control before I go. DOB ${D('11/30/99', 'eleven thirty ninety nine')}. Send it to the pharmacy on base at Naval Station. Call me, ${PH('757-555-0152', 'seven five seven five five five zero one five two')}. Thanks.`,

  `Hi, my name is ${N('Keisha Artis')}. My Medicaid changed over to Cardinal Care and the kids got new cards with new numbers. My daughter ${N('Amani')}'s ID is ${H('710034829157', 'seven one oh oh three four eight two nine one five seven')}, and my son ${N('Josiah')}'s is ${H('710034829165', 'seven one zero zero, three four eight two, nine one six five')}. The plan is Anthem HealthKeepers now. Call me back at ${PH('757-555-0135', 'seven five seven, five five five, oh one three five')}.`,

  `Hi, this is ${N('Margaret Dize')} over in ${AD('Onancock')}. I had an appointment ${D('Friday the 8th', 'friday the eighth')} with ${P('Dr. Brightwell')}, and with the wind they closed the bridge-tunnel to anything high-profile and my son's truck couldn't get across. I need to reschedule, and I'm nearly out of my Eliquis. ${PH('757-555-0104', 'seven five seven five five five oh one oh four')}. Thank you.`,

  `It's ${N('Tyrone Sessoms')}. ${PH('757-555-0171', 'seven fifty seven, five fifty five, oh one seventy one')}. Call me back about them results.`,

  `Hello, this is ${N('Nguyen Thi Lan')}, I call for my husband, ${N('Tran Van Minh')}. He has the colonoscopy referral, but the GI office at Sentara Leigh says they never got it. His birthday ${D('February 5, 1958', 'february five nineteen fifty eight')}. Phone ${PH('757-555-0182', 'seven five seven five five five zero one eight two')}. Thank you.`,

  `Hi, I'm calling about a bill. I'm ${N('Amanda Gallagher')}, my husband's the sponsor, Chief ${N('Sean Gallagher')}, and TRICARE denied the claim for my visit on ${D('January 17th', 'january seventeenth')}. The claim number on the letter is ${AC('TC2025011788143', 't c two oh two five oh one one seven eight eight one four three')}. They might have his old info, the last four of his social is ${SS('6620', 'sixty six twenty')}. ${PH('757-555-0158', 'seven five seven, five five five, oh one five eight')}.`,

  `Hi, this is ${P('Denise')}, case manager at Sentara Princess Anne, calling about a follow-up for ${N('Walter Lindqvist')}, date of birth ${D('3/22/1944', 'three twenty two nineteen forty four')}. He was up in room ${T('412', 'four twelve')} with a CHF exacerbation and went home on the ${D('12th', 'twelfth')}, and he needs to be seen within ${T('7 days', 'seven days')}. My direct line is ${PH('757-555-0124, extension 3318', 'seven five seven, five five five, oh one two four, extension three three one eight')}.`,

  `Hi, this is ${N('Beatrice Copeland')}'s granddaughter, ${N('Monique')}. Grandma turned ${AG('a hundred and one', 'a hundred and one')} last week, praise God, and we're trying to renew her handicap placard. DMV says the doctor has to sign the form. You can call me at ${PH('757-555-0113', 'seven five seven five five five oh one one three')}. Thank you so much.`,

  `Hi, this is ${N('Carla Espinoza')}. We evacuated for the hurricane and we're staying with my sister in ${AD('Richmond')} until they let us back into ${AD('Sandbridge')}. I need my insulin sent up here, to the CVS on Broad Street. Date of birth ${D('July 9th, 1975', 'july ninth nineteen seventy five')}. My cell is ${PH('757-555-0177', 'seven five seven five five five zero one seven seven')}.`,

  `Hi, this is Lieutenant ${N('Priya Venkataraman')}. I'm a new patient, I just PCS'd here from San Diego and I need my records from Balboa sent over, I can sign whatever release you need. Email is ${E('priya.venkataraman.mil@us.navy.mil', 'priya dot venkataraman dot mil at u s dot navy dot mil')}. Phone ${PH('619-555-0147', 'six one nine, five five five, oh one four seven')}, I haven't switched the number yet.`,

  `Hey, just wondering if y'all have the RSV shot for people over ${T('60', 'sixty')} or if I have to go to the pharmacy for that. I'll call back. Thanks.`,

  `Hi, this is ${N('Frank DiNapoli')}. The CPAP supply company says they need a new prescription and a face-to-face note before they'll send me masks. The machine is a ResMed, serial number ${DV('23221487563', 'two three two two one four eight seven five six three')}. The company's Lincare in Chesapeake, their fax is ${PH('757-555-0195', 'seven five seven five five five oh one nine five')}. My number, ${PH('757-555-0138', 'seven five seven, five five five, zero one three eight')}. Thanks.`,

  `Hi, yeah, ${N('Curtis Lassiter')}. I drive a truck for the shipyard over in Newport News and my DOT card's up at the end of the month, so I need the physical. My CDL number is ${L('T61522094', 't six one five, two two oh, nine four')}. I live in ${AD('Hampton')} but I come through the tunnel every day anyway, so the Norfolk office is fine. ${PH('757-555-0126', 'seven five seven five five five oh one two six')}.`,

  `Yes, this is ${N('Clarence Outlaw')}. I'm ${AG('ninety-four', 'ninety four')} years old and I don't care for these machines. I need somebody to call me about my water pill. ${PH('757-555-0109', 'seven five seven, five five five, oh one oh nine')}. That's ${PH('757-555-0109', 'seven five seven five five five oh one oh nine')}. ${N('Outlaw')}. ${N('O-U-T-L-A-W')}. Thank you.`,

  `Hi, my name is ${N('Ashley Dominguez')} and I need to update our address, we just moved into base housing. It's ${AD('8122 Halsey Court, Norfolk, 23505', 'eighty one twenty two halsey court norfolk two three five oh five')}. My husband's squadron changed too, he's with ${T('HSC-9', 'h s c nine')} now, but I guess that doesn't matter for you. Phone number's the same. Thanks.`,

  `Hi, this is ${N("Dennis O'Donnell")}. I got a bill for ${T('$312.40', 'three hundred twelve dollars and forty cents')} and I thought the annual wellness visit was free under Medicare. The statement account number is ${AC('55-01923', 'five five, oh one nine two three')}. I'm retired, I'm home all day. ${PH('757-555-0161', 'seven five seven five five five oh one six one')}.`,

  `Hola, buenos días, this is ${N('Yesenia Montalvo')}, I call for my son ${N('Adrián')}. He has fever, ${T('103', 'a hundred three')}, since last night and he's throwing up. He is ${T('6', 'six')}. We live in ${AD('Virginia Beach')}, close to Oceana. Please call me, ${PH('757-555-0145', 'seven five seven, five five five, zero one four five')}.`,

  `Hi, this is ${N('Wesley Jester')}, up in ${AD('Chincoteague')}. I need the Coast Guard physical form done for my captain's license renewal, the ${T('719K', 'seven nineteen k')}. My mariner reference number is ${L('2874410', 'two eight seven four four one oh')}. I'm on the water till about ${T('2', 'two')} most days. ${PH('757-555-0132', 'seven five seven, five five five, oh one three two')}.`,

  `This is ${P('Renee')} with Sentara lab calling with a critical value for ${P('Dr. Okafor')}. Patient ${N('Henry Spivey')}, DOB ${D('06/04/1952', 'oh six oh four nineteen fifty two')}, potassium ${T('6.4', 'six point four')}. Please call the lab back at ${PH('757-555-0100', 'seven five seven five five five oh one hundred')} and ask for the critical line.`,

  `Hello, this is ${N('Teodoro Bautista')}, retired Navy, Senior Chief, thirty years. My wife ${N('Lorna')} and I need the flu shot and the shingles shot. For TRICARE they told me to give my DoD benefits number, ${H('10438827611', 'one oh four three eight eight two seven six one one')}. We live in ${AD('Chesapeake, Great Bridge', 'chesapeake great bridge')}. Call us at home, ${PH('757-555-0116', 'seven five seven, five five five, oh one one six')}.`,

  `Hi, it's ${N('Rosalind')}, ${N('Rosalind Faulcon')}. The nurse told me to take the prednisone ${T('40', 'forty')} for ${T('3', 'three')} days and then ${T('20', 'twenty')}, but the bottle says ${T('10 milligrams', 'ten milligrams')}, take ${T('4', 'four')}. Which is it? I take it at ${T('8', 'eight')} in the morning. Call me before ${T('6:30', 'six thirty')}, ${PH('757-555-0173', 'seven five seven five five five oh one seven three')}.`,

  `Hi, this is ${N('LaToya Hargrove')}. My son ${N('Jaylen')} was out ${D('Monday the 10th', 'monday the tenth')} and ${D('Tuesday the 11th', 'tuesday the eleventh')} with the stomach bug and Churchland Middle needs a note. His birthday is ${D('December 1st, 2012', 'december first twenty twelve')}. You can fax it to the school or email me, ${E('latoya.hargrove@gmail.com', 'latoya dot hargrove at gmail dot com')}. Thank you.`,

  `Good morning, this is Chief ${N('Marcus Tolentino')}, last name ${N('Tango, Oscar, Lima, Echo, November, Tango, India, November, Oscar', 'tango oscar lima echo november tango india november oscar')}. I had a PPD placed here ${D('Monday the 17th', 'monday the seventeenth')} and then we got underway early and I missed the read. Do I have to start over? Call me at ${PH('757-555-0149', 'seven five seven, five five five, zero one four niner')}.`,

  `Hi, this is ${N('Gloria Bynum')}. I'm calling to let ${P('Dr. Hollowell')} know that my husband, ${N('James Bynum')}, passed on ${D('March 2nd', 'march second')}. He was a patient there a long, long time. Please take him off the reminder calls, they keep coming. And I'll need a copy of his records for the VA. ${PH('757-555-0107', 'seven five seven five five five oh one oh seven')}.`,

  `Hi, this is ${N('Rami Haddad')}. My father, ${N('Georges Haddad')}, needs his blood pressure medicine refilled, the amlodipine ${T('10', 'ten')}, and he's out of test strips. His date of birth is ${D('15 September 1947', 'fifteen september nineteen forty seven')}. The Walgreens on First Colonial. My number ${PH('757-555-0164', 'seven five seven, five five five, zero one six four')}. Thank you.`,

  `Hey, uh, this is ${N('Kyle Brannigan')}. I'm on the Ford, we're in the yards right now, and I've got a rash that won't go away. Medical on the ship said see my PCM. Number's ${T('757', 'seven five seven')}, uh, no, wait, that's my old one. It's ${PH('904-555-0128', 'nine oh four, five five five, oh one two eight')}. ${PH('904-555-0128', 'nine oh four five five five oh one two eight')}.`,

  `Good morning, ${N('Delores Ballance')} here. Could you all send my lab results to my email? It's ${E('dballance1948@aol.com', 'd ballance nineteen forty eight at a o l dot com')}. ${N('B-A-L-L-A-N-C-E')}. Thank you, baby.`,

  `Hi, I pressed ${T('3', 'three')} for the nurse and it sent me to this mailbox. I'll just try again. Sorry.`,

  `Hi, this is ${N('Harold Crockett')}. I was just at your office for my ${T("2 o'clock", "two o'clock")}, and backing out I believe I touched a car, a white Camry, Virginia plate ${V('UXR-4417', 'u x r, four four one seven')}. There's hardly a mark but I want to do right by them. My number is ${PH('757-555-0111', 'seven five seven, five five five, oh one one one')}. Please pass it along.`,

  `Hi, ${N('Samira Abdi')}. I'm locked out of the patient portal again. My chart number is ${M('NF-0082213', 'n f oh oh eight two two one three')}, date of birth ${D('10/14/88', 'ten fourteen eighty eight')}. Can somebody reset it? ${PH('757-555-0153', 'seven five seven five five five oh one five three')}.`,

  `Hi, this is ${N('Bernice Wynn')}. With this storm coming, they're saying it could be another Matthew, so we're going up to my son's in ${AD('Petersburg')} for a few days. I have an appointment with ${P('Dr. Ramaswamy')} on the ${D('30th', 'thirtieth')} and I don't know if we'll be back. Can I get my Xarelto filled early? ${PH('757-555-0176', 'seven five seven, five five five, oh one seventy six')}.`,

  `Hi, this is ${P('Brandon')}, pharmacy tech at the Walgreens on Military Highway, calling about ${N('Josefina Dela Cruz')}, birth date ${D('1/7/1939', 'one seven nineteen thirty nine')}. We need clarification on the metoprolol, the sig says half a tablet but it was written for the ${T('25', 'twenty five')}. Can someone call us at ${PH('757-555-0199', 'seven five seven five five five oh one nine nine')}? Thanks.`,

  `Hey, this is ${N('Jordan Pike')}, I'm a new patient, I'm stationed at Dam Neck. Sore throat, fever, I'm pretty sure it's strep. Can I get in today? My command needs a chit, I mean a note, if I'm out. ${PH('757-555-0187', 'seven five seven five five five zero one eight seven')}.`,

  `Hi, this is ${N('Evangeline Ocampo')}, date of birth ${D('May 21st, 1955', 'may twenty first nineteen fifty five')}. I'm calling about the referral to the eye doctor, for the diabetic eye exam. ${P('Dr. Villanueva')} said her office would send it. My number is ${PH('757-555-0103', 'seven five seven five five five, uh, oh one oh three')}. Thank you po.`,

  `Hey, this is ${N('Jimmy Eskridge')}, ${AD('Tangier')}. I cut my hand on a crab pot ${D('Saturday the 5th', 'saturday the fifth')} and it's gone red clean up to the wrist. The nurse over here at the island clinic said call you all. My wife's number is best, ${PH('757-555-0134', 'seven five seven five five five oh one three four')}, she's ${N('Carol Ann')}.`,

  `Hi, this is ${N('Leon Sawyer')}. I retired from Norfolk Naval Shipyard in ${T('2009', 'two thousand nine')} after thirty-one years, and the Department of Labor wants records for my lung claim. I need copies of my chest x-rays. Mailing address is ${AD('906 Deep Creek Boulevard, Portsmouth, VA 23702', 'nine oh six deep creek boulevard, portsmouth, v a, two three seven oh two')}. Phone ${PH('757-555-0121', 'seven five seven five five five oh one two one')}.`,

  `Hi, this is ${P('Dr. Abernathy')}, I'm a family medicine resident at Naval Medical Center Portsmouth, calling about a mutual patient, ${N('Kendra Moss')}, DOB ${D('9/2/97', 'nine two ninety seven')}. I need the notes from her visit with you on ${D('October 20th', 'october twentieth')}. You can fax them to ${PH('757-555-0196', 'seven five seven five five five oh one nine six')} or call me at ${PH('757-555-0197', 'seven five seven, five five five, zero one nine seven')}. Thanks.`,

  `Hi, ${P('Tammy')} in billing, this is ${N('Rhonda Spence')} returning your call. You said extension ${T('214', 'two fourteen')} but it keeps dumping me back to the main menu. ${PH('757-555-0142', 'seven five seven five five five oh one four two')}.`,

  `Hi, this is ${N('Patricia Kellam')}. I want to pay off my balance, it's ${T('$65', 'sixty five dollars')}. Put it on my USAA Mastercard, ${C('5424 1800 3392 6715', 'five four two four, eighteen hundred, three three nine two, six seven one five')}, expires ${T('11/28', 'eleven twenty eight')}. If it doesn't go through, call me at ${PH('757-555-0159', 'seven five seven five five five oh one five nine')}.`,

  `Hi, this is ${N('Shirley Jordan')}. My daughter's deployed on the Truman until June and I have the kids, I have her power of attorney. ${N('Aaliyah')} needs her kindergarten shots. Her birthday's the ${D('19th of August, 2020', 'nineteenth of august twenty twenty')}. Call me at ${PH('757-555-0144', 'seven five seven, five five five, oh one four four')}.`,

  `Hi, it's ${N('Pam Gaskins')}. I know y'all were closed ${D('Thursday the 21st', 'thursday the twenty first')} for the nor'easter, that was my appointment with ${P('Leigh Ann')}, the nurse practitioner. I live in ${AD('Ocean View')} and the water was up to the car doors, I couldn't have come anyway. Can we reschedule? ${PH('757-555-0114', 'seven five seven, five five five, oh one one four')}.`,

  `Hi, this is ${N('Gwendolyn Boyce')}, I'm calling for both my parents, ${N('Roosevelt')} and ${N('Lillian Boyce')}. Daddy's ${AG('ninety', 'ninety')} and Mama's eighty-nine, and they both need the new COVID shot. Can you do them together at the same appointment? His pressure's been running a hundred and fifty over ninety too. Call me, ${PH('757-555-0115', 'seven five seven five five five oh one one five')}.`,

  `Hi, this is ${P('Crystal')} from Coastal Dermatology. We got a referral for ${N('Aidan Murphy')} but there's no insurance information on it. Could you fax the front and back of his card to ${PH('757-555-0193', 'seven five seven five five five oh one nine three')}? Thank you.`,

  `Hi, this is ${N('Rebecca Feldman')}, ${N('Noah')}'s mom. His Dexcom transmitter died and Dexcom wants the prescriber to confirm before they replace it. The transmitter serial is ${DV('8GM4Q7', 'eight g m four q seven')}. His birthday is ${D('6/6/2011', 'six six twenty eleven')}. Call me at ${PH('757-555-0162', 'seven five seven, five five five, oh one six two')}.`,

  `Hi, I have my first appointment Tuesday and I wanted to know where to park, is it the garage on Brambleton or the lot behind the building? And do I bring my TRICARE card or just my military ID? Thanks, I'll call back.`,

  `Hi, it's ${N('Wayne Ferrell')}, out in ${AD('Pungo')}. I got into some poison ivy clearing the ditch line, bad, and now it's around my eye. ${PH('757-555-0157', 'seven five seven five five five oh one fifty seven')}.`,

  `Hello, my name is ${N('Ji-yeon Park')}. ${N('P-A-R-K')}. My husband is on the ${T('USS Mason', 'u s s mason')}, he is out to sea. I am pregnant, ${T('28', 'twenty eight')} weeks, and I need the order for the sugar test. My due date is ${D('July 30th', 'july thirtieth')}. Phone ${PH('757-555-0168', 'seven five seven, five five five, zero one six eight')}. Thank you.`,

  `Hello, ${N('Carol Lindqvist')} speaking, ${N('Walter')}'s wife. We got new Medicare cards. His number is ${H('1EG4-TE5-MK73', 'one e g four, t e five, m k seven three')} and mine is ${H('7QW2-HN8-RA26', 'seven q w two, h n eight, r a two six')}. The billing lady said to call it in. ${PH('757-555-0183', 'seven five seven five five five oh one eight three')}.`,

  `This is ${N('Antoine Whitfield')}. I got a message to call about my stress test results. I'm at work at the shipyard, you can get me at ${PH('757-555-0105, extension 4471', 'seven five seven, five five five, oh one oh five, extension four four seven one')} till ${T('3:30', 'three thirty')}, then my cell, ${PH('757-555-0106', 'seven five seven five five five oh one oh six')}.`,

  `Hi, this is ${N('Caitlin Reese')}. I need ${P('Dr. Villanueva')} to fill out the EFMP screening forms for my daughter ${N('Harper Reese')} before our orders to Rota. Her date of birth is ${D('March 8th, 2017', 'march eighth twenty seventeen')}. They have to be turned in by the ${D('15th', 'fifteenth')}. My email is ${E('caitlin.reese88@yahoo.com', 'caitlin dot reese eighty eight at yahoo dot com')}. Thanks so much.`,

  `Yes, this is ${N('Eleanor Whitmore')}, I live at Westminster-Canterbury, the retirement place on the bay. I'd like ${P('Dr. Ramaswamy')} to call me about my hip, it's worse. My telephone is ${PH('757-555-0119', 'seven five seven, five fifty five, oh one nineteen')}.`,

  `Hi, this is ${N('Andre Faulk')}. My daughter ${N('Nia')} plays volleyball at Booker T. Washington and her sports physical form has to be signed by ${D('August 4th', 'august fourth')}. Her birthday's ${D('January 28th, 2009', 'january twenty eighth two thousand nine')}. Call me at ${PH('757-555-0172', 'seven five seven five five five oh one seven two')}.`,

  `Hi, this is ${P('Shelby')}, home health nurse with Riverside. I'm seeing ${N('Ida Mae Wheatley')} in ${AD('Exmore')}. She's ${AG('ninety-six', 'ninety six')}, her weight's up ${T('4 pounds', 'four pounds')} since Monday and she's got more swelling in her legs. Does ${P('Dr. Brightwell')} want to go up on the Lasix? My cell is ${PH('757-555-0136', 'seven five seven, five five five, oh one three six')}.`,

  `Hello, this is ${N('Konstantinos Papadakis')}. I am calling for the results of my blood test from the ${D('6th', 'sixth')}. My telephone, ${PH('757-555-0148', 'seven five seven, five five five, zero one four eight')}. ${N('Papadakis')}, ${N('P-A-P-A-D-A-K-I-S')}. Thank you.`,

  `Hi, ${N('Megan Truitt')}. My husband gets back ${D('April 14th', 'april fourteenth')}, homecoming's at Pier ${T('12', 'twelve')}, and I'm due ${D('April 20th', 'april twentieth')}, so I wanted to ask if I can move my ${T('36-week', 'thirty six week')} visit to after he's home so he can come. ${PH('757-555-0181', 'seven five seven five five five zero one eight one')}.`,

  `Hello, my name is ${N('Marites Magbanua')}, I'm calling for my lola, ${N('Conchita Magbanua')}. She is ${AG('ninety-five', 'ninety five')} and she lives with us in ${AD('Kempsville')}. Her blood sugar this morning was ${T('287', 'two eighty seven')}. Should we bring her in or go to the ER? My number is ${PH('757-555-0125', 'seven five seven five five five oh one two five')}, or my Tita ${N('Baby')}, ${PH('757-555-0127', 'seven five seven, five five five, oh one two seven')}.`,

  `Hi, this is ${N('Hannah Lutz')}, date of birth ${D('03 June 84', 'zero three june eighty four')}. Sorry, military habit. I'm calling to get my sleep study results, I did it at the sleep center on the ${D('28th', 'twenty eighth')}. ${PH('757-555-0184', 'seven five seven, five five five, zero one eight four')}.`,

  `Good evening, this is ${N('Cornelius Everett')}. My wife and I just moved to ${AD('Suffolk')} from Newport News and we'd like to transfer our care to your practice. I'm on TRICARE For Life and she has Medicare with a Mutual of Omaha supplement. Please give us a call at ${PH('757-555-0140', 'seven five seven, five five five, oh one forty')}.`,

  `Hi, this is ${N('Tamika Spruill')}, and I'm calling about my mother, ${N('Hattie Spruill')}. She's in the hospital at Chesapeake Regional, room ${T('318', 'three eighteen')}, they admitted her ${D('Thursday the 2nd', 'thursday the second')} at night. Nobody from your office has called, and she wants ${P('Dr. Hollowell')} to know. ${PH('757-555-0123', 'seven five seven five five five oh one two three')}.`,

  `Hello? Hello. This is ${N('Mildred Sykes')}, I'm ${AG('ninety-one', 'ninety one')}, I live by myself in ${AD('Phoebus')}. My pills came in the mail and they're a different color. Blue. They used to be white. Is that alright? ${PH('757-555-0112', 'seven five seven, five five five, oh one twelve')}. ${PH('757-555-0112', 'seven five seven five five five oh one one two')}. Thank you, dear.`,

  `Yeah, hi, this is ${N('Brent Shores')}, I'm a waterman out of ${AD('Saxis')}. I need a tetanus shot, I run a fish hook clean through my thumb this morning. I got it out, but I can't remember when I had the last one. I'll be at the dock till ${T('5', 'five')}. ${PH('757-555-0131', 'seven five seven five five five oh one three one')}.`,

  `Hi, this is ${N('Lakeisha Ward')}, calling for my son, ${N('Cameron Ward')}, birth date ${D('September 12th, 2015', 'september twelfth twenty fifteen')}. His Cardinal Care number is ${H('802217650043', 'eight oh two two, one seven six five, oh oh four three')}. He needs the ADHD medicine refilled, the ${T('18 milligram', 'eighteen milligram')} Concerta, and the pharmacy said it's too early. Please call me at ${PH('757-555-0154', 'seven five seven five five five zero one five four')}.`,

  `Hi, this is ${N('Greg Albrecht')}. My daughter made a page to keep the family posted while I go through chemo, ${U('caringbridge.org/visit/gregalbrecht', 'caring bridge dot org slash visit slash greg albrecht')}, and ${P('Dr. Lacks')} asked for it so she could follow along. That's it. Thanks.`,

  `Hi, it's ${N('Jocelyn Pugh')}. Question for the nurse. I'm taking the Allegra and the Flonase and I still can't breathe through my nose, is it okay to add Sudafed with my blood pressure pills? No rush. ${PH('757-555-0166', 'seven five seven, five five five, oh one sixty six')}.`,

  `Hi, this is ${P('Marisol')} from the front desk at Tidewater Orthopaedics. We had ${N('Robert Dawkins')} scheduled with us ${D('Wednesday the 19th', 'wednesday the nineteenth')} but the referral you sent expired. Can you send a new one, TRICARE Prime? Our fax is ${PH('757-555-0189', 'seven five seven five five five oh one eight nine')}. Thanks.`,

  `Hey, this is Airman, uh, sorry, Seaman ${N('Luis Arroyo')}, I'm on the Bush. I was seen ${D('Friday the 6th', 'friday the sixth')} for my ankle and I need the x-ray report for my LIMDU package. My supervisor is Chief ${N('Dawkins')}, he said to have you call him at ${PH('757-555-0122', 'seven five seven five five five oh one two two')}, or my cell, ${PH('757-555-0137', 'seven five seven, five five five, oh one three seven')}.`,

  `Hi, ${N('Margaret Sheehan')}. I'm at my daughter's in ${AD('Cape Charles')} for the month and I need my blood thinner sent to the pharmacy down here. It's the ${T('5 milligram', 'five milligram')} warfarin. My birthday is ${D('11/11/40', 'eleven eleven forty')}. Call my daughter's phone, ${PH('757-555-0141', 'seven five seven five five five oh one four one')}.`,

  `Hi. I'm just trying to find out if the office is closing early today for the storm. I've got a ${T('4:15', 'four fifteen')}. I'll call back in a little bit.`,

  `Hi, this is ${N('Harvey Kessler')}. My hearing aid, the right one, stopped working and the audiologist says it's under warranty but they need the order from my doctor. The serial number on it is ${DV('2209KX4471', 'two two oh nine k x four four seven one')}. I'm in ${AD('Virginia Beach')}. ${PH('757-555-0117', 'seven five seven, five five five, oh one one seven')}.`,

  `Hello, this is ${N('Oluwaseun Adebayo')}, I work at Naval Station Norfolk as a civilian. I'd like to establish care. I have Blue Cross Federal, member ID ${H('R72904418', 'r seven two nine oh four four one eight')}. Please call me back on ${PH('757-555-0146', 'seven five seven, five five five, zero one four six')}. That's ${N('Oluwaseun')}, ${N('O-L-U-W-A-S-E-U-N')}.`,

  `Hi, it's ${N('Destiny Lamb')}, I'm just returning ${P('Kiara')}'s call, I think it was about my pap results. I'm at work till ${T('7', 'seven')} but I can step out. ${PH('757-555-0185', 'seven five seven five five five oh one eight five')}.`,

  `Hi, this is ${N('Angela Bautista-Reyes')} calling for my dad, ${N('Ferdinand Reyes')}. He's a Navy retiree, TRICARE For Life. He's confused today and his sugar is low, ${T('58', 'fifty eight')}. We gave him juice. Should we take him in? His birthday is ${D('October 10th, 1941', 'october tenth nineteen forty one')}. My phone ${PH('757-555-0174', 'seven five seven five five five oh one seven four')}.`,

  `Good afternoon, this is ${P('Darnell')}, the referral coordinator over at Hampton Roads Cardiology. I'm trying to reach ${P('Dr. Lacks')}'s nurse about ${N('Vivian Oyelaran')}, DOB ${D('4/4/1963', 'four four nineteen sixty three')}. We need the last EKG. Fax ${PH('757-555-0188', 'seven five seven five five five oh one eight eight')}. Thank you.`,

  `Hi, this is ${N('Leroy Cuffee')}. I'm calling about my brother's appointment. He's ${AG('ninety-three', 'ninety three')} and he don't drive no more, and the Medicaid transportation didn't show up ${D('Monday the 23rd', 'monday the twenty third')}. He missed his appointment with ${P('Dr. Hollowell')}. His name is ${N('Otis Cuffee')}. Call me, ${PH('757-555-0179', 'seven five seven, five five five, oh one seven niner')}. I mean ${PH('757-555-0179', 'seven five seven five five five oh one seven nine')}.`,

  `Hi, this is ${N('Siobhan Kearney')}, my husband's a pilot with ${T('VFA-106', 'v f a one oh six')} out of Oceana. I'm calling about my son ${N('Declan')}'s ear infection, he finished the amoxicillin Sunday and he's still pulling at it. He's ${T('2', 'two')}. ${PH('757-555-0163', 'seven five seven five five five oh one six three')}.`,

  `Hello, I'm calling on behalf of my father, ${N('Hiroshi Tanaka')}, who is ${AG('ninety-seven', 'ninety seven')}. He's at Commonwealth Senior Living in ${AD('Chesapeake')}, and the nurse there says he needs his pneumonia shot. I'm his daughter, ${N('Naomi Tanaka-Brooks')}. ${E('naomi.tb@verizon.net', 'naomi dot t b at verizon dot net')}, or ${PH('757-555-0139', 'seven five seven five five five oh one three nine')}.`,

  `Hi, this is ${N('Robbie Thomas')} from ${AD('Tangier')}, calling for my mom, ${N('Grace Thomas')}. The helicopter took her to Norfolk General the night of the ${D('9th', 'ninth')} and she got discharged today. She's at my cousin's in ${AD('Crisfield')} till she can get back on the boat. She needs a follow-up with ${P('Dr. Brightwell')}. ${PH('757-555-0128', 'seven five seven five five five oh one two eight')}.`,

  `Hi, this is ${N('Tracy Nolan')}. I need to update my insurance, I'm off my husband's TRICARE now, we're divorced, and I'm on my job's plan, Aetna. Member ID ${H('W880214537', 'w eight eight oh, two one four, five three seven')}, group ${T('0092281', 'oh oh nine two two eight one')}. ${PH('757-555-0170', 'seven five seven five five five oh one seventy')}.`,

  `Hi, this is ${N('Lorenzo Pangilinan')}. I'm calling to pay my wife's bill, account ${AC('88710-4', 'eight eight seven one oh, four')}, a hundred and twenty dollars. The card is Discover, ${C('6011 0047 3829 1562', 'six oh one one, oh oh four seven, three eight two nine, one five six two')}, expiration ${T('09/27', 'oh nine twenty seven')}. Thank you. ${PH('757-555-0156', 'seven five seven, five five five, oh one five six')}.`,

  `Hey, it's ${N('Shay')}, ${N('Shayla Jenkins')}. I'm supposed to get my IUD out next ${D('Thursday the 18th', 'thursday the eighteenth')} and I just started a new job, can we do it first thing, like ${T('8', 'eight')}? ${PH('757-555-0150', 'seven five seven, five five five, oh one fifty')}.`,

  `Hello, this is ${N('Dolores Kowalski')}. My husband ${N('Stan')} has his Medicare Advantage through Humana now, the new ID is ${H('H56120388', 'h five six one two oh three eight eight')}. He's got an appointment the ${D('27th', 'twenty seventh')}. Thank you. Oh, ${PH('757-555-0160', 'seven five seven five five five oh one six oh')}.`,

  `Hi, ${N('Mohammed Al-Rashid')}, I am a shipfitter at Newport News Shipbuilding. I had the physical for the respirator on ${D('February 3rd', 'february third')} and the safety office never got the clearance. Can you fax it to ${PH('757-555-0192', 'seven five seven five five five oh one nine two')}? My number is ${PH('757-555-0165', 'seven five seven, five five five, zero one six five')}.`,

  `Hi, it's ${N('Kelsey')}, ${N('Ryan Doherty')}'s wife. He's on the Stout, he left the ${D('1st', 'first')}, and I'm the one calling about his shoulder MRI results. I have his permission, it should be on file. Date of birth ${D('12/3/91', 'twelve three ninety one')}. ${PH('757-555-0175', 'seven five seven five five five oh one seven five')}.`,

  `Hi, this is ${N('Yolanda Mizelle')}. We got flooded out, the water came up in the house, and we're staying at the Hampton Inn on Military Highway, room ${T('218', 'two eighteen')}. I left my blood pressure pills and my inhaler in the house. Can you call something in to the CVS on Battlefield? ${PH('757-555-0180', 'seven five seven five five five oh one eight oh')}. Date of birth ${D('7/7/68', 'seven seven sixty eight')}.`,

  `Hi, this is ${N('Cedric Ames')}. I'm in ${AD('Nassawadox')}, patient number ${M('00231946', 'double oh two three, one nine four six')}. ${P('Dr. Brightwell')} wanted me back in ${T('3 months', 'three months')} to check my kidney numbers, and that's about now. Mornings are better, I work evenings at the poultry plant. ${PH('757-555-0133', 'seven five seven, five five five, oh one three three')}.`,

  `Good morning. This is ${N('Ruth Ann Charnock')}. I'm ${AG('ninety', 'ninety')}. I'd like to know if I still need the bone density test, I've had about enough tests. You can call my nephew, ${N('Buddy Parks')}, he handles it for me, ${PH('757-555-0102', 'seven five seven five five five oh one oh two')}. Thank you.`,

  `Hi, this is ${N('Trinh Pham')}, calling about my daughter ${N('Vy')}. She's ${T('15', 'fifteen')} and she needs the meningitis booster for school, and the HPV. Her birthday is ${D('2/29/2012', 'february twenty ninth twenty twelve')}. ${PH('757-555-0108', 'seven five seven five five five oh one oh eight')}. Thank you.`,

  `Hi, this is ${N('Jerome Ballard')}. I need a copy of my driver's license on file for the patient assistance program, or they need the number, I'm not sure. It's ${L('A03829147', 'a oh three, eight two nine, one four seven')}. They also want the last four of my social, that's ${SS('3108', 'three one zero eight')}. Just let me know. ${PH('757-555-0120', 'seven five seven five five five oh one two oh')}.`,

  `Hi, my name is ${N('Abdirahman Warsame')}, I'm calling for my wife, ${N('Hodan Farah')}, she doesn't speak English much. She had the blood test ${D('Wednesday the 12th', 'wednesday the twelfth')} and we got a letter but we don't understand it. We need an interpreter, Somali. ${PH('757-555-0155', 'seven five seven, five five five, oh one five five')}.`,

  `Yeah, this is ${N('Bobby Ray Dize')}, calling from the boat. Can't hear nothing out here. Need my cholesterol pills. Same pharmacy. Call the house, ${PH('757-555-0101', 'seven five seven, five five five, oh one oh one')}.`,

  `Hello, this is ${P('Kim')} from Bayview Physicians billing, calling for your billing department. We got a misdirected payment for one of your patients, ${N('Jacqueline Faison')}, a check for ${T('$150', 'one hundred fifty dollars')}. Please call me at ${PH('757-555-0198, extension 22', 'seven five seven five five five oh one nine eight, extension twenty two')}.`,

  `Hi, this is ${N('Nathaniel Cherry')}, I'm a patient of ${P('Dr. Ramaswamy')}. I missed my appointment ${D('Tuesday the 4th', 'tuesday the fourth')}, I was stuck in the HRBT traffic for two hours, I'm so sorry. Please don't charge me the no-show fee. ${PH('804-555-0144', 'eight oh four five five five oh one four four')}.`,

  `Hi, it's ${N('Kristina Vasquez')}, my son ${N('Mateo')} got stung by a jellyfish at Ocean View, sea nettle I think, and it's blistering up. He's ${T('9', 'nine')}. Is that something you'd see or urgent care? We live in ${AD('Norfolk')}, right by the beach. ${PH('757-555-0147', 'seven five seven, five five five, oh one four seven')}.`,

  `Good afternoon, this is ${N('Winifred Hollis')}, ${N('H-O-L-L-I-S')}. I'm calling to cancel my mammogram, my husband's in the hospital. ${PH('757-555-0151', 'seven five seven, five five five, oh one five one')}.`,

  `Hi, yes, ${N('Arturo Medina')}. I'm a welder at the shipyard, and, um, I got something in my eye, metal probably, this morning. It's red and it's been watering. Safety sent me home. Can I come in today? My number's ${PH('757-555-0194', 'seven five seven five five five oh one nine four')}.`,

  `Hi, this is ${N('Perpetua Dimaculangan')}. ${N('Dimaculangan')}, ${N('D as in David, I-M-A, C-U-L-A-N-G-A-N', 'd as in david, i m a, c u l a n g a n')}. I'm calling for my husband ${N('Ernesto')}, retired Navy, his birthday ${D('8/15/46', 'eight fifteen forty six')}. He needs the shingles second dose, the first was ${D('December 2nd', 'december second')}. ${PH('757-555-0110', 'seven five seven, five five five, oh one ten')}.`,

  `Hi, this is ${N('Marcus Ferebee')}. The Harris Teeter called me about the Jardiance needing approval. Is that done yet? I'm out since Saturday. ${PH('757-555-0130', 'seven five seven five five five oh one three oh')}.`,

  `Hi, this is ${N('Emily Sorensen')}. My husband is on ${T('IA', 'i a')} orders to Djibouti and we're in the middle of moving out of housing at Little Creek. The new address is ${AD('2209 Rosecroft Court, Chesapeake, 23322', 'twenty two oh nine rosecroft court, chesapeake, two three three two two')}. Please update it for me and the two kids. Thank you.`,

  `Hello, this is ${N('Lucille Ferebee')}, I live next door to Mr. ${N('Ambrose Riddick')}, he's ${AG('ninety-nine', 'ninety nine')}. His daughter's out of town and he asked me to call. His hand's been shaking worse and he dropped his coffee this morning. He's okay otherwise. You can call me at ${PH('757-555-0169', 'seven five seven, five five five, oh one sixty nine')}.`,

  `Hi, this is ${N('Dale Parks')}, ${AD('Tangier')}. Coast Guard needs a letter that I'm fit to run the boat after my heart thing. My license number, the mariner one, is ${L('3016627', 'three oh one six six two seven')}. The doctor I saw at Sentara Heart was ${P('Dr. Feld')}. ${PH('757-555-0178', 'seven five seven five five five oh one seven eight')}.`,

  `Hey, y'all, it's ${N('Tasha')} again. Still waiting on the referral. ${PH('804-555-0165', 'eight oh four five five five oh one six five')}.`,

  `Hi, I'm calling for my grandmother, ${N('Pearlie Mae Outlaw')}, she's ${AG('a hundred', 'a hundred')} this year and she still lives by herself in ${AD('Franklin')}. She has an appointment ${D('Thursday, May 8th', 'thursday may eighth')} and we need to know if she has to fast for the blood work. This is ${N('Keon Outlaw')}, ${PH('252-555-0186', 'two five two five five five zero one eight six')}.`,

  `Hi, this is ${N('Maureen Tulloch')}. We're retired, we live on ${AD('Chicks Beach')}, and I got bit by our neighbor's dog, Biscuit, on my calf. It's not deep but it's swollen. Do I need a tetanus or antibiotics? I'm on the ${T('81', 'eighty one')} aspirin. ${PH('703-555-0152', 'seven oh three, five five five, oh one five two')}.`,

  `Hi, this is ${N('Jamal Copeland')}. The doctor wanted my blood pressure readings, so here they are. Monday ${T('142/88', 'one forty two over eighty eight')}, Tuesday ${T('150/92', 'one fifty over ninety two')}, today ${T('138/90', 'one thirty eight over ninety')}. I'm taking the lisinopril ${T('20', 'twenty')} every morning at ${T('7', 'seven')}. That's all.`,

  `Hi, ${N('Rosa Delgado')}, I had a visit the ${D('14th', 'fourteenth')} of this month and I was charged a copay, but I'm a TRICARE Prime dependent, I shouldn't have a copay. My sponsor's DoD benefits number is ${H('20198847362', 'two oh one nine eight, eight four seven, three six two')}. Please refund it to my Amex, ${C('3749 182206 35115', 'three seven four nine, one eight two two oh six, three five one one five')}. ${PH('910-555-0121', 'nine one oh five five five oh one two one')}.`,

  `This is ${P('Dr. Feld')} at Sentara Heart Hospital, calling for ${P('Dr. Brightwell')} about ${N('Dale Parks')}. I've sent over the echo, EF's back up to ${T('50', 'fifty')} percent. He can return to work. Call me on my cell with any questions, ${PH('804-555-0123', 'eight oh four, five five five, oh one two three')}.`,

  `Hi, this is ${N('Genevieve Ortiz')}. My mother, ${N('Blanca')}, she's ${AG('ninety-two', 'ninety two')}, was discharged from Bon Secours DePaul ${D('Saturday the 15th', 'saturday the fifteenth')}. They said follow up in a week with her primary. She's staying with me now in ${AD('Ghent')}. Her chart number from you guys is ${M('00517730', 'oh oh five one seven seven three oh')}. ${PH('443-555-0114', 'four four three five five five oh one one four')}.`,

  `Hi, just a heads up, I think your website's appointment request page is down, it gives an error. My name's ${N('Paul Ng')}, no need to call back, I'll use the phone.`,

  `Hi, this is ${N('Imani Cuffee')}, I'm ${N('Odessa Cuffee')}'s great-niece. Aunt ${N('Dessa')} got the walker, thank you all. But now she needs a shower chair, and the nurse said it has to be a separate order. Call ${N('Vernell')}, my mom, at ${PH('757-555-0186', 'seven five seven, five five five, oh one eight six')}.`,

  `Hi, this is ${N('Ricardo Villanueva')}, no relation to the doctor, ha. I need a refill on my Flomax, ${T('0.4', 'point four')}, to the Navy Exchange pharmacy. Birthday ${D('4/18/1950', 'april eighteenth nineteen fifty')}. ${PH('619-555-0111', 'six one nine, five five five, oh one one one')}.`,

  `Hi, ${N('Bethany Crowder')}, calling for my husband, ${N('Colt')}. He's a rigger at the shipyard and he fell off a staging yesterday, about six feet, landed on his wrist. The ER at Maryview said sprain and follow up with his family doctor this week. We're down in ${AD('Moyock')}, so afternoons are easier. His birthday is ${D('November 22nd, 1987', 'november twenty second nineteen eighty seven')}. ${PH('252-555-0143', 'two five two, five five five, oh one four three')}.`,
];
