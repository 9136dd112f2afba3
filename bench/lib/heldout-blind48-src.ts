/**
 * Blind held-out PHI gold set 48: an ordinary week in January on the voicemail of a geriatric and
 * primary-care practice in Sarasota, Florida. Many callers are retirees and snowbirds from the Midwest, the
 * Northeast and Canada who give both their Florida and their northern address or number; others live in
 * condos, mobile-home and RV parks, retirement communities and assisted-living facilities, or are adult
 * children calling from other states. Messages cover Medicare, supplement, Advantage and Part D plans
 * (including Canadian provincial and travel coverage), annual wellness visits, falls, hearing and memory
 * worries, home oxygen and other equipment, home health and hospice, pharmacies and prior authorisations,
 * transportation, deaths reported by family and funeral homes, power of attorney, records and placard forms,
 * billing, and a few calls with no PHI at all. Several patients are over ninety.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Kaplan»"); "Dr." stays inside PROVIDER.
 * - Clinicians, and staff of this practice or of another office, pharmacy, lab, oxygen/equipment company,
 *   home-health agency, hospice, facility or funeral home named in their working role ("«Brent»,
 *   pharmacist", "attention «Sheila»"), are PROVIDER; patients, callers, relatives, neighbours and friends
 *   are NAME. A spelled-out name ("«V-A-N-D-E-R-P-L-O-E-G»") is its own NAME span.
 * - DATE covers full or partial calendar dates tied to a person (birth, visit, fall, admission, discharge,
 *   death, travel north or south, coverage start); a weekday said with its date is inside. Weekdays, months
 *   or years alone (including "born in 1931"), "next week", clock times and card expiry are not labelled.
 * - Every callback or fax number of a person or outside business is PHONE, the Florida and the northern or
 *   Canadian one alike, with a caller's extension inside; this practice's menu options and extensions are
 *   not. A false start the caller abandons stays outside; a full repeat is a new span.
 * - ADDRESS: a street address with building, unit or lot number, and/or the town (with state, province or
 *   ZIP / postal code) where a patient or caller lives or stays, northern homes included; said together it
 *   is one span. A state or province alone, business and hospital locations, and facility, condo-complex
 *   and park names are not labelled; a room number inside a facility is plain text.
 * - Medicare (MBI), supplement, Advantage, Part D, Medicaid, provincial health card (OHIP, RAMQ) and travel
 *   insurance policy numbers are HEALTH_PLAN_ID; group numbers are not. Chart / patient / portal numbers are
 *   MRN; billing account and claim numbers are ACCOUNT; the last four of a social is SSN; driver's licence
 *   and nursing licence numbers are LICENSE; plate numbers are VEHICLE; serials of oxygen concentrators,
 *   hearing aids, CPAPs and pacemakers are DEVICE; a personal CaringBridge page is URL.
 * - AGE only for ages over 89 (the number phrase alone); "eighty-nine", doses, "ninety-day supply", blood
 *   pressures, counts, years married and money are plain text.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", pairs, "double",
 *   "hundred", restarts; emails with "at" and "dot".
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, V, U, T } = pause;

export const BLIND48_MESSAGES: string[] = [
  // 1
  `Hi, good morning, my name is ${N('Gerald Vanderploeg')}, that's ${N('V-A-N-D-E-R-P-L-O-E-G')}. My wife ${N('Arlene')} and I are down for the winter from ${AD('Grand Rapids, Michigan', 'grand rapids michigan')}, and I need to establish with a doctor here, my cardiologist up north wants somebody to keep an eye on my INR while I'm on the warfarin. Down here we're at ${AD('6240 Midnight Pass Road, Unit 304, Sarasota 34242', 'sixty two forty midnight pass road, unit three oh four, sarasota three four two four two')}. The Florida number is ${PH('941-555-0117', 'nine four one, five five five, oh one one seven')}, and up north it's ${PH('616-555-0183', 'six one six, five five five, oh one eight three')}, but nobody's there till May. Thank you.`,
  // 2
  `Hi, this is ${N('Karen Ostrowski-Bell')}, I'm calling from Connecticut about my mother, ${N('Philomena Russo')}, she's ${AG('ninety-four', 'ninety four')}, she's a patient of ${P('Dr. Oyelaran')}. The assisted living called me this morning and said she fell overnight. She's okay, they don't think anything's broken, but they want someone to look at her. She's at Bayside Gardens on Beneva, room ${T('212', 'two twelve')}. Her date of birth is ${D('8/14/31', 'eight fourteen thirty one')}. My cell is ${PH('860-555-0149', 'eight six oh, five five five, oh one four nine')}. Please call me before you call the facility, they don't always pass things along.`,
  // 3
  `Hi, I'm just calling to ask if you're taking new patients with Humana Gold Plus. My neighbor goes to you and I'm thinking of switching doctors. I'll try again later. Thank you.`,
  // 4
  `Bonjour, hi, it's ${N('Réjean Gagnon')}. I live in ${AD('Sherbrooke, Quebec', 'sherbrooke quebec')} and I'm here until the end of March at the RV park, ${AD('lot 88, 8300 Honore Avenue', 'lot eighty eight, eighty three hundred honore avenue')}. I ran out of my Synthroid, the ${T('100 micrograms', 'hundred micrograms')}, and the Jean Coutu back home can't send it across the border. I have the travel insurance with Blue Cross, the policy is ${H('QC 4471 0938', 'q c four four seven one, oh nine three eight')}. Can the doctor see me or maybe just send it to the Walgreens on Tamiami Trail? My cell is ${PH('819-555-0166', 'eight one nine, five five five, oh one six six')}, it's a Canadian number but it works here. Merci.`,
  // 5
  `Hi, this is ${P('Brent')}, pharmacist at the Publix on Stickney Point, calling for ${P('Dr. Ferreira')}. Patient is ${N('Harvey Lichtenstein')}, date of birth ${D('2/27/38', 'two twenty seven thirty eight')}. We got the Eliquis ${T('5 milligrams', 'five milligrams')} twice a day, but with the new year his Part D plan wants a prior authorization. His WellCare ID is ${H('87041123', 'eight seven oh four, one one two three')}. Our number is ${PH('941-555-0180', 'nine four one five five five oh one eight oh')}, fax is ${PH('941-555-0181', 'nine four one five five five oh one eight one')}. Thanks.`,
  // 6
  `Hi, it's ${N('Bernice Kaplan')}, Mrs. ${N('Kaplan')}, my husband ${N('Sol')} is a patient, ${N('Solomon Kaplan')}. I think he needs a hearing test. He's got the TV up so loud the people in ${T('3C', 'three c')} complained to the condo board. ${P('Dr. Raghunathan')} said at his wellness visit we could get a referral to an audiologist, and then nothing happened. Our number is ${PH('941-555-0124', 'nine four one, five five five, zero one two four')}. Thank you, dear.`,
  // 7
  `Hello, this is ${N('Thomas Brennan')}. I'm calling to let ${P('Dr. Oyelaran')} know that my father, ${N('Francis Xavier Brennan')}, passed away ${D('Saturday, January 10th', 'saturday january tenth')}, at Sarasota Memorial. He was ${AG('ninety-one', 'ninety one')}. The funeral home said they'll send over the death certificate for the doctor to sign. I'm his son and the executor. I live in ${AD('Pittsburgh', 'pittsburgh')}, I flew down, so my cell is ${PH('412-555-0156', 'four one two, five five five, oh one five six')}. Thank you for everything you did for him.`,
  // 8
  `Hi, this is ${P('Darnell')}, respiratory therapist with Lincare. I'm calling about Mr. ${N('Eugene Pettibone')}, he's on ${T('2', 'two')} liters continuous. We need a new certificate of medical necessity signed, his qualifying sats are from October. The concentrator serial is ${DV('1FK2207831', 'one f k two two oh seven eight three one')} if you need it for the form. Our phone is ${PH('941-555-0171, extension 3', 'nine four one, five five five, oh one seven one, extension three')}, and fax is ${PH('941-555-0172', 'nine four one, five five five, oh one seven two')}. Thanks.`,
  // 9
  `Hi, my name's ${N('Anil Mehra')}, I'm calling from ${AD('Seattle', 'seattle')} about my dad, ${N('Prakash Mehra')}. He's been repeating himself a lot and last week he got lost driving home from the Publix, which he's done a hundred times. My mom's worried but she won't call. He sees ${P('Dr. Ferreira')}. Can we get a memory evaluation set up? I'd like to be on the phone for it, I'm three hours behind you. His date of birth is ${D('March 3rd, 1942', 'march third nineteen forty two')}. My number is ${PH('206-555-0132', 'two oh six, five five five, oh one three two')}. Thanks.`,
  // 10
  `Hi, it's ${N('Marjorie Tillinghast')}. I'm due for my annual wellness visit, the Medicare one, and I'd like to get it in before I head back to Vermont on ${D('April 2nd', 'april second')}. Mornings are better, I have water aerobics at ${T('1', 'one')}. ${PH('941-555-0109', 'nine four one five five five zero one zero nine')}. Thank you.`,
  // 11
  `Hello, this is ${N('Cornelius Battle')}. I have an appointment Thursday at ${T('10:30', 'ten thirty')} with the nurse practitioner, and SCAT Plus can't pick me up until ${T('11', 'eleven')}. Can I move it to the afternoon? Call me at ${PH('941-555-0138', 'nine four one, five five five, oh one thirty eight')}. That's ${N('Cornelius')}. ${N('Battle')}, like a fight.`,
  // 12
  `Hi, this is ${N('Ingrid Halloran')}, I'm calling for my mother, ${N('Margit Halloran')}. I'm her power of attorney, the durable one, and I want to get the paperwork on file so I can talk to you about her care. Can I email it or does it have to be faxed? My email is ${E('ingrid.halloran@comcast.net', 'ingrid dot halloran at comcast dot net')}. Mom's birthday is ${D('11/30/29', 'eleven thirty twenty nine')}, she's ${AG('ninety-six', 'ninety six')}. I'm in ${AD('Naperville', 'naperville')}, my number is ${PH('630-555-0144', 'six three oh five five five oh one four four')}.`,
  // 13
  `Hi, I'm calling from ${P('Dr. Lefebvre')}'s office in Burlington, Vermont. We're requesting records on a shared patient, ${N('Lorraine Desrosiers')}, date of birth ${D('4/19/44', 'four nineteen forty four')}. We faxed a signed release on Monday. Please fax the last two years of records to ${PH('802-555-0115', 'eight oh two, five five five, oh one one five')}, attention ${P('Sheila')}. Thank you.`,
  // 14
  `Yes, hi, this is ${N('Walter Ng')}. My new Part D plan, the AARP one, says my Jardiance is going to be ${T('$47', 'forty seven dollars')} a month now instead of ${T('$11', 'eleven')}, and I want to ask ${P('Dr. Raghunathan')} if there's something cheaper that works the same. The member ID on the new card is ${H('0033 8817 42', 'oh oh three three, eight eight one seven, four two')}. Call me back at ${PH('941-555-0151', 'nine four one five five five oh one five one')}. Thanks.`,
  // 15
  `It's ${N('Lou Fabrizio')}. Call me. ${PH('941-555-0126', 'nine four one, five five five, oh one twenty six')}.`,
  // 16
  `Hi, this is ${N('Gwendolyn Ashby')}, I live across the hall from Mr. ${N('Theodore Marsh')}. He fell in the parking lot Sunday and he won't go to the ER. He's ${AG('ninety-two', 'ninety two')} and stubborn as a mule, and his hip is bruised purple. Could the doctor call him? His number is ${PH('941-555-0162', 'nine four one, five five five, zero one sixty two')}. Mine is ${PH('941-555-0163', 'nine four one, five five five, oh one six three')}. He doesn't hear the phone well, so let it ring a long time.`,
  // 17
  `Hello, this is ${P('Marisol Quintero')}, RN with Suncoast Home Health. I saw ${N('Anneliese Brandauer')} today for her start of care, date of birth ${D('6/6/35', 'six six thirty five')}. Her blood pressure was ${T('168 over 94', 'one sixty eight over ninety four')} sitting, and she says she stopped the amlodipine because it makes her ankles swell. Please call me for orders, my cell is ${PH('941-555-0177', 'nine four one, five five five, zero one seven seven')}. Thank you.`,
  // 18
  `Hi, it's ${N('Lenore Fitzpatrick')}. I got a bill for ${T('$32.18', 'thirty two eighteen')}, I guess it's what the supplement didn't pick up, and I'd just like to pay it over the phone. It's a Mastercard, ${C('5271 8463 0915 4273', 'five two seven one, eight four six three, oh nine one five, four two seven three')}, expires ${T('11/28', 'eleven twenty eight')}. The account number on the statement is ${AC('60-44871', 'six oh, four four eight seven one')}. ${PH('941-555-0142', 'nine four one five five five oh one four two')}. Thank you.`,
  // 19
  `Hello, this is ${N('Menno Yoder')}. I'm staying in ${AD('Pinecraft', 'pinecraft')} for the winter like always, we're from ${AD('Sugarcreek, Ohio', 'sugarcreek ohio')}. I have a sore on my foot that won't heal, and I'm a diabetic, so my wife says to call. We don't have a phone at the cottage, you can call my neighbor ${N('Ervin Miller')}, his phone is ${PH('941-555-0145', 'nine four one, five five five, oh one four five')}. I can walk over anytime. Thank you.`,
  // 20
  `Hi, this is ${P('Brianna')} from ${P('Dr. Moskowitz')}'s office, cardiology. We're faxing over the echo report for Mr. ${N('Stanley Wojcik')}, date of birth ${D('9/9/40', 'nine nine forty')}, and the doctor wants to let ${P('Dr. Ferreira')} know his ejection fraction is down to ${T('35%', 'thirty five percent')}. Please call back to confirm you got it, ${PH('941-555-0190', 'nine four one, five five five, oh one nine oh')}. Thank you.`,
  // 21
  `Hello, my name is ${N('Evangeline Porter')}. My husband ${N('Clarence')} and I went from the Advantage plan back to regular Medicare with a supplement, starting ${D('January 1st', 'january first')}. I want to make sure you bill the right one. ${N('Clarence')}'s Medicare number is ${H('3QR7-WN4-DK82', 'three q r seven w n four d k eight two')}, and mine is ${H('7HE2-TY6-PG19', 'seven h e two t y six p g one nine')}. The supplement is Plan G with Mutual of Omaha, I'll bring the cards. ${PH('941-555-0134', 'nine four one, five five five, oh one three four')}.`,
  // 22
  `Hi, this is ${N('Dottie Kessler')}, I need a refill of my Lasix, the ${T('20', 'twenty')} milligram. My number is ${T('941-555-01...', 'nine four one five five five oh one')} no, wait, that's the old one. It's ${PH('941-555-0186', 'nine four one, five five five, oh one eight six')}. CVS on Clark Road. Thank you.`,
  // 23
  `Hi, this is ${N('Patrick Dunleavy')}, I'm ${N('Rose Dunleavy')}'s son. Mom is ${AG('ninety-nine', 'ninety nine')}, she'll be ${AG('a hundred', 'a hundred')} on ${D('March 14th', 'march fourteenth')}, and the family's putting together a party. She's been more tired lately and we want to make sure she's up for it, can ${P('Dr. Raghunathan')} see her sometime in the next couple of weeks? I'm in ${AD('Worcester, Massachusetts', 'worcester massachusetts')}, ${PH('508-555-0129', 'five oh eight, five five five, oh one two nine')}. And she's at ${AD('4821 Beneva Road, Apartment 6', 'forty eight twenty one beneva road, apartment six')} if you need the address.`,
  // 24
  `Hey, it's ${N('Sheldon Greenbaum')}. I was told to call back with my chart number for the portal reset. It's ${M('SRQ-204417', 's r q two oh four four one seven')}. My email on file is ${E('shelgreen38@aol.com', 'shel green thirty eight at aol dot com')}. ${PH('941-555-0113', 'nine four one five five five oh one thirteen')}.`,
  // 25
  `Hi, this is ${N('Maeve Callaghan')}, calling about my husband, ${N('Desmond')}. He's had a bad cough and some wheezing for about a week and he's gone through almost a whole inhaler. He's eighty-nine, he's got COPD, and he refuses to go to urgent care. Can someone call us today? ${PH('941-555-0158', 'nine four one, five five five, zero one five eight')}.`,
  // 26
  `Good afternoon, this is ${P('Tamsin Okafor')}, social worker at Gulfside Hospice. We admitted ${N('Wallace Pruitt')} to hospice yesterday, date of birth ${D('1/22/33', 'one twenty two thirty three')}, and ${P('Dr. Oyelaran')} will stay on as his attending. We need her to sign the certification and the plan of care. You can reach me at ${PH('941-555-0194', 'nine four one, five five five, oh one ninety four')}. Thank you.`,
  // 27
  `Hi, this is ${N('Gordon MacLeish')}, I'm a snowbird from ${AD('Barrie, Ontario', 'barrie ontario')}. I've got my OHIP card but I know you can't bill it, I'll pay and send the receipt in. The number is ${H('4812-337-905-KT', 'four eight one two, three three seven, nine oh five, k t')}. I need my blood pressure pills renewed before I drive home on ${D('April 9th', 'april ninth')}. Florida cell is ${PH('941-555-0121', 'nine four one five five five oh one two one')}, home in Canada is ${PH('705-555-0148', 'seven oh five, five five five, oh one four eight')}.`,
  // 28
  `Yes, hello, I had an appointment this morning at ${T('9:15', 'nine fifteen')} and I got there and they said it was yesterday. I'm so embarrassed. Could somebody call me to reschedule. This is ${N('Hortense Beaulieu')}, ${PH('941-555-0135', 'nine four one five five five oh one three five')}. Thank you.`,
  // 29
  `Hi, calling for my aunt, ${N('Genevieve Thibodeaux')}, she's ${AG('ninety', 'ninety')}. She had her hearing aids checked in November and the left one has stopped working again. The audiologist wants a note from her primary. The serial on the left one is ${DV('24C10873', 'two four c one oh eight seven three')}. I'm her niece, ${N('Colette Fournier')}, ${PH('337-555-0167', 'three three seven, five five five, oh one six seven')}. Thanks so much.`,
  // 30
  `Hello, this is ${N('Hiroshi Tanabe')}. I want to ask about the shingles shot, the Shingrix. My pharmacy says Part D covers it now, no copay, but I had the first one in October... no, it was ${D('September 2nd', 'september second')}. When is the second? ${PH('941-555-0103', 'nine four one, five five five, oh one oh three')}. Thank you.`,
  // 31
  `Hi, it's ${N('Barbara Jean Huckaby')}, I had my bone density done at the imaging center on the ${D('6th', 'sixth')}, and I haven't heard a thing. I'm on the Fosamax so I'd like to know if I should keep taking it. My date of birth is ${D('December 1st, 1947', 'december first forty seven')}. ${PH('941-555-0168', 'nine four one, five five five, oh one sixty eight')}.`,
  // 32
  `Hi, this is ${N('Curtis Lundquist')} calling on behalf of my mother-in-law, ${N('Ottilie Hagstrom')}. She needs her paperwork for the handicap parking placard filled out by the doctor. The form asks for her Florida driver's license, it's ${L('H235-418-29-654-0', 'h two three five, four one eight, two nine, six five four, oh')}, and the tag on the car is ${V('QJR 4417', 'q j r four four one seven')}. She lives at ${AD('2207 Bayshore Circle, Building C, Unit 11, Sarasota', 'twenty two oh seven bayshore circle, building c, unit eleven, sarasota')}. My number is ${PH('941-555-0147', 'nine four one, five five five, oh one four seven')}.`,
  // 33
  `Hi there, this is ${P('Lupe')}, the med tech at Palm Terrace Assisted Living. We have a new admit, ${N('Ezekiel Hardaway')}, he came from rehab on ${D('Friday the 9th', 'friday the ninth')}, and we need the doctor to sign his medication orders before we can give anything but the hospital list. His room is ${T('114', 'one fourteen')}. Our fax is ${PH('941-555-0105', 'nine four one five five five zero one zero five')}. Thank you.`,
  // 34
  `Hi, it's ${N('Norma Jean Pickett')}, just letting you know I won't make my appointment Wednesday, my ride fell through. I'll call back when I've got somebody. Thanks.`,
  // 35
  `Hello, this is ${N('Vasyl Bondarenko')}, ${N('B-O-N-D-A-R-E-N-K-O')}. My wife ${N('Halyna')} needs the forms for the Medicaid, the doctor must sign that she needs help at home. Her Medicaid number is ${H('8830175246', 'eight eight three oh, one seven five, two four six')}. We live in ${AD('North Port', 'north port')}. Please call, ${PH('941-555-0139', 'nine four one, five five five, oh one three nine')}. Thank you very much.`,
  // 36
  `Hi, this is ${N('Suzanne Metcalf')} in ${AD('Minneapolis', 'minneapolis')}. My dad ${N('Orville Metcalf')} is down there for the winter and he told me he fell in the shower on ${D('Sunday the 11th', 'sunday the eleventh')} but he didn't tell anybody. He's eighty-seven and he lives alone in the condo. Could somebody check on him or get him in this week? He's at ${AD('1415 Gulf of Mexico Drive, Unit 502, Longboat Key', 'fourteen fifteen gulf of mexico drive, unit five oh two, longboat key')}. His phone is ${PH('941-555-0178', 'nine four one, five five five, oh one seven eight')} and mine is ${PH('612-555-0146', 'six one two, five five five, oh one four six')}.`,
  // 37
  `Good morning, this is ${P('Kendra')} from Quest. We have a critical potassium on ${N('Loretta Saunders')}, ${T('6.1', 'six point one')}, drawn this morning. Date of birth ${D('7/2/39', 'seven two thirty nine')}. Please call the lab back at ${PH('866-555-0110', 'eight six six, five five five, oh one one oh')} to acknowledge. Ask for the critical results line.`,
  // 38
  `Hi, this is the Walgreens on Siesta Drive with a question for ${P('Dr. Raghunathan')}. It's a fax we sent Monday about a ninety-day supply of the metoprolol. Please check your fax. Thanks.`,
  // 39
  `Hello dear, this is ${N('Edith Abernathy')}. I'm ${AG('ninety-three', 'ninety three')} and I've been coming to you for years, and I want to know if I still need the mammogram. My daughter says at my age it's silly. I'll wait for your call. ${PH('941-555-0119', 'nine four one, five five five, oh one one nine')}. That's ${PH('941-555-0119', 'nine four one, five five five, oh one one nine')}.`,
  // 40
  `Hi, this is ${N('Bogdan Kowalczuk')}, my mother, ${N('Zofia Kowalczuk')}, passed away at home on ${D('January 8th', 'january eighth')}. Hospice was with her. I just want to cancel her appointments and the mail-order pharmacy. Her date of birth is ${D('5/17/30', 'may seventeenth nineteen thirty')}. I'm at ${PH('973-555-0152', 'nine seven three, five five five, oh one five two')}. Thank you for taking such good care of her.`,
  // 41
  `Hi, it's ${N('Claude Pelletier')}. I was supposed to do the sleep study again to get a new CPAP, mine is from ${T('2017', 'twenty seventeen')}. The machine's serial number is ${DV('23171598402', 'two three one seven one five nine eight four oh two')}, the supply company said you'd need it. I live in ${AD('Venice', 'venice')}. ${PH('941-555-0123', 'nine four one, five five five, oh one twenty three')}.`,
  // 42
  `Hi, this is ${N('Jolene Sweeney')}. Sorry, this is probably silly, but I got a letter saying my supplement premium is going up and I don't know who to ask. Anyway, I'll call the insurance company. Bye.`,
  // 43
  `Yes, hello, this is ${P('Arturo')} from Kessler and Daughters Funeral Home. We have ${N('Mildred Oakes')}, date of death ${D('January 13th', 'january thirteenth')}, and ${P('Dr. Ferreira')} is listed as her physician. We've sent the death certificate through the state electronic system for signature. If there are any questions, call me at ${PH('941-555-0127', 'nine four one, five five five, oh one two seven')}. Thank you.`,
  // 44
  `Hi, this is ${N('Ramón Echeverría')}, I'm a patient of ${P('Dr. Oyelaran')}. My sugars are running high after the holidays, ${T('220', 'two twenty')}, ${T('240', 'two forty')} in the morning. I take the Januvia and the metformin, ${T('1000', 'a thousand')}. My birthday is ${D('8/8/50', 'eight eight fifty')}. My phone, ${PH('941-555-0161', 'nine four one, five five five, oh one six one')}. Gracias.`,
  // 45
  `Hi, this is ${N('Lydia Arkwright')}, I'm the daughter of ${N('Harold Arkwright')}. I set up a CaringBridge page for Dad so the family can follow along after his stroke, and his friend from church said the doctor's office might want to see the updates. It's ${U('caringbridge.org/visit/haroldarkwright', 'caring bridge dot org slash visit slash harold arkwright')}. Anyway, I mostly wanted to ask when his follow-up is. I'm at ${PH('317-555-0173', 'three one seven, five five five, oh one seven three')}.`,
  // 46
  `Hello, this is ${N('Agnieszka Wróbel')}, calling for my father ${N('Zbigniew Wróbel')}. He needs the oxygen for the airplane, he flies to Chicago on ${D('February 3rd', 'february third')} and the airline wants a form from the doctor for the portable concentrator. The portable's serial is ${DV('G5-1948-2207', 'g five one nine four eight two two oh seven')}. His date of birth is ${D('October 14th, 1936', 'october fourteenth nineteen thirty six')}. My number is ${PH('773-555-0108', 'seven seven three, five five five, oh one oh eight')}.`,
  // 47
  `Hi, I'm calling from ${P('Dr. Varga')}'s office at the memory clinic. We saw ${N('Beatrice Hollingsworth')} on ${D('Tuesday, January 13th', 'tuesday january thirteenth')}, and we need her recent labs, the ${T('B12', 'b twelve')} and TSH, and her last MRI if you have it. Please fax to ${PH('941-555-0197', 'nine four one five five five oh one nine seven')}. Her date of birth is ${D('3/29/41', 'three twenty nine forty one')}. Thanks.`,
  // 48
  `Hi, this is ${N('Fitzgerald Okoye')}. I'm returning a call from ${P('Ines')}, she said my results are in. I'm home all day. ${PH('941-555-0112', 'nine four one, five five five, oh one one two')}.`,
  // 49
  `Hello, this is ${N('Arnold Schumacher')}. I'm on the oxygen, ${T('3', 'three')} liters, and the company never came to swap my tanks on Friday. I've only got ${T('2', 'two')} left. I called them, they said they need an order from you because my old one expired on the ${D('31st', 'thirty first')}. I'm at ${AD('Lot 214, 5601 Duncan Road, Punta Gorda', 'lot two fourteen, fifty six oh one duncan road, punta gorda')}. ${PH('941-555-0150', 'nine four one, five five five, oh one fifty')}. Please hurry.`,
  // 50
  `Hi, this is ${N('Priscilla Wainwright')}, ${N('W-A-I-N-W-R-I-G-H-T')}. I need a copy of my last EKG for my cardiologist back home in ${AD('Rochester, New York', 'rochester new york')}. My patient number is ${M('77204518', 'seven seven two oh, four five one eight')}. You can email it to ${E('pwainwright@rochester.rr.com', 'p wainwright at rochester dot r r dot com')}. Thank you.`,
  // 51
  `Hey there, this is ${N('Duane Mahaffey')}. My wife and I are heading back north on ${D('March 28th', 'march twenty eighth')}, and I need ninety days of everything to get me through till I come back next winter. Can the doctor send it to the Express Scripts mail order. My date of birth is ${D('2/2/46', 'two two forty six')}. ${PH('941-555-0184', 'nine four one, five five five, oh one eight four')}. Thanks.`,
  // 52
  `Hi, it's ${N('Thu Trang Nguyen')}, I'm calling for my grandmother, ${N('Lê Thị Hoa')}. She only speaks Vietnamese, so please call me, not her. She has a wellness visit on the ${D('22nd', 'twenty second')}, and she needs an interpreter. My number is ${PH('813-555-0130', 'eight one three, five five five, zero one three zero')}. Her birthday is ${D('June 5th, 1934', 'june fifth nineteen thirty four')}. Thank you.`,
  // 53
  `This message is for billing. My name is ${N('Leopold Strauss')}. I got a statement for ${T('$265', 'two hundred sixty five dollars')} for my wellness visit on ${D('December 3rd', 'december third')}, and the wellness visit is supposed to be free under Medicare. The claim number is ${AC('2025337104488', 'two oh two five, three three seven, one oh four, four eight eight')}. I tried extension ${T('204', 'two oh four')} for billing but it just rang. Please call me, ${PH('941-555-0116', 'nine four one, five five five, oh one one six')}.`,
  // 54
  `Hi, it's ${N('Kathleen Moynihan')}. I'm the one who called about my mom, ${N('Eileen')}, yesterday. I found the Medicare card. It's ${H('1CX9-MA3-UJ55', 'one c x nine, m a three, u j five five')}. And her AARP supplement is ${H('38820471511', 'three eight eight two oh four seven one five one one')}. I'm at the same number, ${PH('617-555-0187', 'six one seven, five five five, oh one eight seven')}.`,
  // 55
  `Hello, it's ${N('Jean-Baptiste Toussaint')}, I have a question about the blood thinner, the Xarelto. The dentist wants me to stop it before I get a tooth pulled on ${D('Monday the 26th', 'monday the twenty sixth')}. How many days do I stop? ${PH('941-555-0141', 'nine four one five five five oh one four one')}. Merci.`,
  // 56
  `Hi, this is ${N('Connie Delgado')}. I'd like to get my husband ${N('Ernesto')} in for his annual wellness, and while he's there I want them to do the memory test. He keeps forgetting to turn off the stove. Don't tell him I said that. Call me on my cell, ${PH('941-555-0102', 'nine four one, five five five, oh one oh two')}, not the house.`,
  // 57
  `Hi, it's ${N('Harriet Pennington')}, I'm in the ${AD('Village Green', 'village green')} neighborhood, just moved in. I need to transfer my care from my doctor at the Cleveland Clinic, I'm down here for good now, I sold the house. How do I get my records? ${PH('941-555-0175', 'nine four one, five five five, oh one seventy five')}.`,
  // 58
  `Good morning, this is ${P('Colleen')}, the nurse practitioner here, leaving a message for ${P('Dr. Raghunathan')}'s nurse. I saw Mr. ${N('Pettibone')} at his home visit and his oxygen is fine, no need to call Lincare. Thanks.`,
  // 59
  `Hi, it's ${N('Esther Rubinstein')}, I'm calling about the walker. The physical therapist says I need a rollator with a seat, and Medicare needs a prescription from the doctor. The medical supply place on Fruitville will take it by fax. My number is ${PH('941-555-0104', 'nine four one five five five oh one oh four')}, and my birthday's the ${D('4th of July, 1938', 'fourth of july nineteen thirty eight')}. Easy to remember.`,
  // 60
  `Hi, this is ${N('Darlene Whitehorse')}, I'm calling for my dad, ${N('Leonard Whitehorse')}. He's at ${AD('3120 Lake Bayshore Drive, Building 12, Unit 107, Bradenton 34205', 'thirty one twenty lake bayshore drive, building twelve, unit one oh seven, bradenton three four two oh five')}, and he doesn't drive anymore. Is there a doctor that does house calls through your office? He's ${AG('ninety-seven', 'ninety seven')}. My number is ${PH('405-555-0133', 'four oh five, five five five, oh one three three')}, I'm in ${AD('Oklahoma City', 'oklahoma city')}.`,
  // 61
  `Hi, this is ${N('Maurice LaFontaine')}, ${PH('941-555-0159', 'nine four one, five double five, oh one five nine')}. I need my blood pressure pills, the lisinopril ${T('10', 'ten')}. The pharmacy says no refills left. Thanks.`,
  // 62
  `Hello, this is ${N('Imelda Santos')}, I'm the caregiver for Mrs. ${N('Cavanaugh')}... ${N('Regina Cavanaugh')}. She has a rash on her back, red, and it burns. The daughter said to call. She's ${AG('ninety-five', 'ninety five')}. You can call me, ${PH('941-555-0136', 'nine four one, five five five, oh one three six')}, or the daughter ${N('Fiona')}, ${PH('914-555-0195', 'nine one four, five five five, oh one nine five')}.`,
  // 63
  `Hi, it's ${N('Helmut Ziegler')}. I got my flu shot and the COVID booster at the Walgreens, I want you to have it for my chart. Flu on ${D('October 20th', 'october twentieth')}, COVID on ${D('November 4th', 'november fourth')}. And the RSV I had last year. That's all. Thank you.`,
  // 64
  `Hello, this is ${N('Georgina Papadakis')}. My mother ${N('Eleni Papadakis')} is at Sarasota Memorial since ${D('Wednesday the 14th', 'wednesday the fourteenth')} with pneumonia, and they're talking about discharge to rehab. The hospital doctor wants to speak to ${P('Dr. Ferreira')}. Mom's date of birth is ${D('February 8th, 1932', 'february eighth nineteen thirty two')}. I'm her health care surrogate. My cell is ${PH('941-555-0182', 'nine four one, five five five, oh one eight two')}.`,
  // 65
  `Hi, this is ${N('Raymond Tuttle')}, ${N('T-U-T-T-L-E')}. I need the records form, the release, sent to me so my son can get my medical information. His name is ${N('Kevin Tuttle')}. Mail it to ${AD('874 Sand Dollar Lane, Osprey, Florida 34229', 'eight seventy four sand dollar lane, osprey florida three four two two nine')}. Thank you.`,
  // 66
  `Hi, calling from the Bay Pines VA pharmacy, this is ${P('Gregory')}. We need clarification on a prescription for ${N('Alvin Crutchfield')}, last four of his social ${SS('3382', 'three three eight two')}. The sig on the tamsulosin is unclear. Please call ${PH('727-555-0140, extension 5512', 'seven two seven, five five five, oh one four oh, extension five five one two')}. Thank you.`,
  // 67
  `Hi, it's ${N('Bettina Albrecht')}. I'm sorry to bother you. I fell again, I didn't hurt myself, I just slid off the bed, but my son says I have to tell you every time. That's the third time since Christmas. ${PH('941-555-0179', 'nine four one, five five five, oh one seventy nine')}.`,
  // 68
  `Hi, this is ${N('Winston Abara')}, I have my new insurance card. I switched to the Humana Advantage plan for the new year. The member ID is ${H('H71829336', 'h seven one eight two, nine three three six')}. Group number is ${T('Y8847', 'y eight eight four seven')}. I'm coming in on the ${D('29th', 'twenty ninth')}. Thanks.`,
  // 69
  `Hello, good morning, I'm calling for information about your practice, I'm moving to Sarasota from Buffalo in the spring and I'm looking for a geriatric doctor. Do you have a website? I'll call back. Thank you.`,
  // 70
  `Hi, this is ${N('Tobias Wendt')}, my mother is ${N('Ruth Wendt')}. She lives at the Glenview, ${AD('1000 Glen Oaks Drive, Apartment 3B', 'one thousand glen oaks drive, apartment three b')}. She's been very confused the last two days, seeing things, and she's not herself. Could it be a bladder infection again? The nurse there says she needs an order for a urine test. She's ${AG('ninety-eight', 'ninety eight')}. I'm in ${AD('Boston', 'boston')}, ${PH('617-555-0164', 'six one seven five five five oh one six four')}.`,
  // 71
  `Hi, ${N('Lucille Grandberry')}, ${PH('941-555-0143', 'nine four one, five five five, oh one four three')}. Calling about my test.`,
  // 72
  `Hello, this is ${N('Bernard Lachance')}, from ${AD('Moncton, New Brunswick', 'moncton new brunswick')}. I'm here in ${AD('Englewood', 'englewood')} until April. I got stung by something in the yard, my hand is very swollen. Can I be seen today? ${PH('506-555-0128', 'five oh six, five five five, oh one two eight')}. That's my Canadian cell.`,
  // 73
  `Hi, this is ${P('Shawna')} from the front desk, this is for ${P('Gloria')} in billing. A patient came in and paid cash, ${T('$150', 'a hundred fifty dollars')}, and I put it in the envelope in your drawer. Thanks, hon.`,
  // 74
  `Hi, it's ${N('Mariana Villalobos')}. I'm the granddaughter of ${N('Consuelo Villalobos')}, she lives with my mom at ${AD('5512 Ashton Road, Sarasota', 'fifty five twelve ashton road sarasota')}. She needs a new prescription for her hearing aid batteries, no, sorry, for the diabetic shoes. Medicare pays once a year. Her birthday is ${D('9/12/36', 'nine twelve thirty six')}. My number is ${PH('941-555-0174', 'nine four one, five five five, oh one seven four')}.`,
  // 75
  `Hi, it's ${N('Clifford Baxendale')}. Just calling to say I'm back in town, I got in last night from ${AD('Traverse City', 'traverse city')}. I need to schedule my usual winter check in with ${P('Dr. Oyelaran')}. Florida number is ${PH('941-555-0118', 'nine four one, five five five, oh one one eight')}.`,
  // 76
  `Hi, this is ${N('Sunita Venkataraman')}, daughter of ${N('Lakshmi Venkataraman')}. Mom has been dizzy since they started the new blood pressure medicine, and she almost fell at the temple on Sunday. She's on the amlodipine ${T('10', 'ten')}. I'm in ${AD('Houston', 'houston')}, but my brother's there, he can bring her. Please call me first, ${PH('713-555-0191', 'seven one three, five five five, oh one nine one')}.`,
  // 77
  `Hi, this is ${N('Howard Blomquist')}. I'm calling to get a ride set up through the Medicare Advantage plan, they give you rides to the doctor, but they need the appointment date. I think it's the ${D('27th', 'twenty seventh')}, can somebody confirm? ${PH('941-555-0169', 'nine four one five five five oh one six nine')}. Thanks.`,
  // 78
  `Yes, this is ${N('Lorna Fairweather')}. I'm calling on behalf of my sister, ${N('Nell Fairweather')}, she died on ${D('December 29th', 'december twenty ninth')}, and I'm the personal representative. I need her records for the estate, the lawyer asked for the last two years. My number is ${PH('828-555-0153', 'eight two eight, five five five, oh one five three')}, I'm in ${AD('Asheville', 'asheville')}. Her date of birth was ${D('1/4/37', 'one four thirty seven')}.`,
  // 79
  `Hi, it's ${N('Ignatius Mulcahy')}. I'm at ${AD('Unit 9, 3700 Bee Ridge Road, Sarasota', 'unit nine, thirty seven hundred bee ridge road, sarasota')}, and the mailman keeps bringing my statements to the wrong unit. Can you make sure you have the unit number? Nine. Thank you.`,
  // 80
  `Hi, this is ${N('Charmaine Oduya')}, I'm the daughter of ${N('Alfred Oduya')}, he's a patient there. I'd like to pay his balance, he gave me the card. It's a Visa, ${C('4417 3882 0561 0932', 'four four one seven, three eight eight two, oh five six one, oh nine three two')}, expiration ${T('04/27', 'oh four twenty seven')}. His account is ${AC('0090-21847', 'oh oh nine oh, two one eight four seven')}. My phone is ${PH('404-555-0176', 'four oh four, five five five, oh one seven six')}.`,
  // 81
  `Hello, I'm calling about the appointment reminder call I got. It just said press ${T('1', 'one')} to confirm and I pressed it and then it hung up. Is my appointment still on? I'll call back. Thank you.`,
  // 82
  `Hi, this is ${N('Roswitha Kraus')}, I'm calling because ${P('Dr. Ferreira')} wanted me to check my blood pressure every day and call with the numbers after two weeks. Mornings were about ${T('142 over 80', 'one forty two over eighty')}, evenings ${T('130 over 78', 'one thirty over seventy eight')}. Okay. ${PH('941-555-0111', 'nine four one five five five zero one eleven')}.`,
  // 83
  `Hello, this is ${N('Clement Boateng')}, ${N('B-O-A-T-E-N-G')}. I want to get my pacemaker check scheduled, the remote monitor stopped sending. The cardiologist's office said to get my primary to call them. The pacemaker serial is ${DV('PJN 841207 S', 'p j n eight four one two oh seven s')}. My date of birth is ${D('August 30th, 1944', 'august thirtieth forty four')}. ${PH('941-555-0114', 'nine four one five five five oh one one four')}.`,
  // 84
  `Hi, this is ${N('Wilhelmina Stroud')}, I'm ${AG('ninety-one', 'ninety one')} years old and I just wanted to say thank you to ${P('Dr. Oyelaran')} and the girl who took my blood, ${P('Renée')}, she didn't even bruise me. That's all. God bless.`,
  // 85
  `Hi, this is ${N('Pierre-Luc Bouchard')}, I'm here in ${AD('Nokomis', 'nokomis')} for the season. My RAMQ card number is ${H('BOUP 4407 1215', 'b o u p four four oh seven, one two one five')}, in case you need it for the travel insurance paperwork. I was in on ${D('January 7th', 'january seventh')} for the chest pain. The insurance claim number is ${AC('TRV-8842117', 't r v eight eight four two one one seven')}. Call me, ${PH('514-555-0137', 'five one four, five five five, oh one three seven')}.`,
  // 86
  `Hi, it's ${N('Delphine Marchand')} again. I need to change my pharmacy. It was the CVS on Siesta, now it's the Publix on Clark and Beneva. That's for all my medicines. ${PH('941-555-0189', 'nine four one five five five zero one eight nine')}. Thanks.`,
  // 87
  `Hi, this is ${N('Floyd Bickerstaff')}, my wife ${N('Myrtle')} got a letter from the memory clinic that they need a referral before her appointment on ${D('February 11th', 'february eleventh')}. She's ${AG('ninety', 'ninety')}, by the way, her birthday was last week, ${D('January 6th', 'january sixth')}. We're at ${PH('941-555-0106', 'nine four one, five five five, oh one oh six')}. Thanks.`,
  // 88
  `Hi, calling from ${P('Dr. Castro')}'s office, orthopedics. ${N('Gertrude Pomeroy')} is scheduled for a hip replacement on ${D('February 17th', 'february seventeenth')} and we need her medical clearance, EKG and labs within thirty days. Date of birth ${D('11/11/42', 'eleven eleven forty two')}. Please fax to ${PH('941-555-0192', 'nine four one, five five five, oh one nine two')}. Thanks.`,
  // 89
  `Hi, this is ${N('Otis Renfroe')}. The eye doctor found something on my retina, and they want me to see a retina specialist. They said you had to do the referral because of my HMO. My member ID is ${H('SCR42719930', 's c r four two seven one, nine nine three oh')}. My phone is ${PH('941-555-0122', 'nine four one, five five five, oh one two two')}.`,
  // 90
  `Hi, it's ${N('Marguerite Ellison')}. I'm calling for my husband ${N('Jack')}, he has a sore throat and a fever of ${T('101', 'a hundred and one')} since last night, and his breathing's a little funny. He has the COPD. Can the doctor call in something or should we go to the ER? Our cell is ${PH('941-555-0125', 'nine four one, five five five, oh one two five')}, or the house, ${PH('941-555-0155', 'nine four one, five five five, oh one five five')}.`,
  // 91
  `Hi, this is ${N('Yusuf Demirci')}, I'm calling for my father ${N('Mehmet Demirci')}, he's visiting us from Turkey and he's been having chest pains. We're at ${AD('7745 Palmer Boulevard, Sarasota 34240', 'seventy seven forty five palmer boulevard, sarasota three four two four oh')}. Can he be seen as a visitor? We'll pay cash. ${PH('941-555-0140', 'nine four one, five five five, zero one four zero')}.`,
  // 92
  `Hello, this is ${N('Geraldine Hubbard')}. I was supposed to have my cataract surgery on the ${D('20th', 'twentieth')}, and the surgeon's office says they're still waiting for the history and physical. ${P('Dr. Raghunathan')} did it on the ${D('5th', 'fifth')}. Can you send it over? ${PH('941-555-0107', 'nine four one five five five oh one oh seven')}. Thank you.`,
  // 93
  `Hi, this is ${N('Augustus Fenwick')} from ${AD('Hamilton, Ontario, L8P 4R5', 'hamilton ontario, l eight p four r five')}. I need my records from last winter for my family doctor at home. Fax number up there is ${PH('905-555-0154', 'nine oh five, five five five, oh one five four')}, that's the doctor's office. My Florida number, ${PH('941-555-0120', 'nine four one, five five five, oh one two oh')}.`,
  // 94
  `Hi, it's ${N('Loretta Saunders')}, the lab called me about my potassium and told me to call you. I'm a little scared. ${PH('941-555-0157', 'nine four one, five five five, oh one five seven')}.`,
  // 95
  `Hello, this is Sister ${N('Mary Agnes Doherty')}, from the convent in ${AD('Venice', 'venice')}. Sister ${N('Bernadette')} is one of your patients, she's ${AG('ninety-three', 'ninety three')}, and she needs a note for the podiatrist. Please call the convent, ${PH('941-555-0148', 'nine four one, five five five, oh one four eight')}. God bless.`,
  // 96
  `Hi, this is ${N('Vernon Pike')}, calling back for ${P('Tamika')}, the referral lady. My daughter ${N('Shannon')} says I need to give you my Social Security last four for the neurology referral, it's ${SS('9027', 'nine oh two seven')}. ${PH('941-555-0196', 'nine four one, five five five, oh one nine six')}.`,
  // 97
  `Hi, it's ${N('Nadia Haddad')}, I'm calling for my father-in-law, ${N('Elias Haddad')}. He's ${AG('ninety-four', 'ninety four')} and he's been refusing to eat for two days. He lives with us at ${AD('2901 Ringling Boulevard, Sarasota', 'twenty nine oh one ringling boulevard sarasota')}. We're worried. Please call, ${PH('941-555-0165', 'nine forty one, five five five, oh one six five')}.`,
  // 98
  `Hi, this is ${N('Philip Stavros')}. I'd like to sign up for the patient portal, but I can't remember which email I gave you. It's either ${E('phil.stavros@att.net', 'phil dot stavros at a t t dot net')} or ${E('pstavros1944@gmail.com', 'p stavros nineteen forty four at gmail dot com')}. ${PH('941-555-0101', 'nine four one five five five oh one oh one')}.`,
  // 99
  `Hi, this is ${P('Rochelle')}, nurse at Sarasota Bay Health and Rehab. Mr. ${N('Vincent DiStefano')} is being discharged home tomorrow after his hip fracture, and he'll need a follow-up with his primary within seven days. His date of birth is ${D('4/23/34', 'four twenty three thirty four')}. The discharge summary's in the fax. Nurses' station is ${PH('941-555-0199', 'nine four one, five five five, oh one nine nine')}.`,
  // 100
  `Hello, it's ${N('Ada Whitlock')}. I got my Medicare Summary Notice and there's a charge on it from ${D('November 12th', 'november twelfth')} for a visit I never had. I think somebody's using my number. Please call me, ${PH('941-555-0115', 'nine four one, five five five, oh one one five')}.`,
  // 101
  `Hi, this is ${N('Quentin Ashworth')}. My Medicare number changed because of the fraud thing. The new one is ${H('6RA4-XG7-HT30', 'six r a four x g seven h t three zero')}. Please update it. Date of birth ${D('July 19th, 1949', 'july nineteenth forty nine')}. Thank you.`,
  // 102
  `Hi, it's ${N('Florence Kimball')}, I'm ${AG('one hundred and two', 'one hundred and two')}, my son says I should tell you that right away so you don't think I'm a prank. I need my thyroid pill. The little one, ${T('50', 'fifty')}. The Walgreens on Bee Ridge. Thank you, dear.`,
  // 103
  `Hi, I'm calling for ${N('Doris Eckhart')}, I'm her neighbor, ${N('Jeannette Roy')}. She asked me to cancel her appointment on ${D('Friday the 16th', 'friday the sixteenth')} because she's going back to ${AD('Green Bay', 'green bay')} early, her sister is sick. She'll call when she's back down.`,
  // 104
  `Hello, this is ${P('Dr. Iyer')}, pulmonology, returning ${P('Dr. Ferreira')}'s call about Mr. ${N('Schumacher')}'s oxygen. He can go up to ${T('4', 'four')} liters with exertion. My cell is ${PH('941-555-0193', 'nine four one, five five five, oh one nine three')}.`,
  // 105
  `Hi, this is ${N('Gladys Oyelowo')}. I keep getting these calls saying I'm eligible for a free back brace from Medicare, are those from you? They have my name and my birthday. I didn't give them anything. Okay. Bye.`,
  // 106
  `Hi, it's ${N('Marvin Sternberg')}, calling about my wife ${N('Phyllis')}. She's got her annual wellness on the ${D('28th', 'twenty eighth')}, and she wants the doctor to look at her memory, her mother had Alzheimer's. Also, we'll need her forms for the condo in ${AD('Lakewood Ranch', 'lakewood ranch')}. Our number is ${PH('941-555-0131', 'nine four one, five five five, oh one three one')}. In the summer we're at ${PH('201-555-0188', 'two oh one, five five five, oh one eight eight')}.`,
  // 107
  `Hello, yes, I'm calling because my mother has an appointment next Tuesday and I want to know if it's okay if I come in with her. I'll call back. Thank you.`,
  // 108
  `Hi, this is ${N('Thaddeus Oberholtzer')}. I just got home from the hospital on ${D('Tuesday the 13th', 'tuesday the thirteenth')}, after the heart thing, and they said to see my doctor within a week. I live in ${AD('Palmetto', 'palmetto')}. And the hospital gave me a new medicine, Entresto, and the Part D wants ${T('$600', 'six hundred dollars')}. ${PH('941-555-0110', 'nine four one, five five five, oh one one oh')}.`,
  // 109
  `Hi, this is ${N('Beverly Goins')}. I'm calling for my mother, ${N('Cleo Goins')}. She's ${AG('ninety-six', 'ninety six')} and we want to know about hospice, just information. She's at the Windsor, ${AD('1200 Cattlemen Road', 'twelve hundred cattlemen road')}, room ${T('8', 'eight')}. I'm at ${PH('704-555-0160', 'seven oh four, five five five, oh one six oh')}, that's ${AD('Charlotte', 'charlotte')}.`,
  // 110
  `Hi, it's ${N('Giuseppe Marchetti')}, I'm a nurse, my license number is ${L('RN9384412', 'r n nine three eight four four one two')}. I take care of my mother ${N('Carmela Marchetti')} at home and the visiting nurse said to call in for the wound care supplies order. Mom's birthday is ${D('5/1/28', 'five one twenty eight')}. I can be reached at ${PH('941-555-0132', 'nine four one, five five five, oh one three two')}.`,
  // 111
  `Hi, it's ${N('Dolores Wierzbicki')}. My appointment's at ${T('2:45', 'two forty five')} on ${D('Thursday the 22nd', 'thursday the twenty second')}, right? I just want to make sure, I wrote it on the calendar and my grandson moved the calendar. ${PH('941-555-0185', 'nine four one, five five five, oh one eight five')}.`,
  // 112
  `Hi, this is ${N('Kwame Asante')}, calling about my mother, ${N('Akosua Asante')}. She got her new hearing aids, and she wants the doctor to know. And she needs the refill of her Aricept, ${T('10', 'ten')} milligrams. We're at ${AD('4470 Sunnyland Boulevard, Sarasota', 'forty four seventy sunnyland boulevard sarasota')}. ${PH('941-555-0166', 'nine four one, triple five, oh one six six')}.`,
  // 113
  `Hi, this is ${N('Rhoda Finkelstein')}. I was supposed to get a callback about my ${T('A1C', 'a one c')}. My chart number is ${M('000381927', 'zero zero zero three eight one nine two seven')}. I'm at ${PH('941-555-0128', 'nine four one five five five zero one two eight')}. Thank you.`,
  // 114
  `Hello, this is ${N('Ernestine Lavallee')}, I'm calling from ${AD('Kingston, Ontario', 'kingston ontario')}. My husband ${N('Guy')} is down there by himself this year at our place in ${AD('Venice, 34292', 'venice three four two nine two')}. He's ${AG('ninety', 'ninety')} and I'm worried because he sounds short of breath on the phone. Could someone call him, ${PH('941-555-0170', 'nine four one, five five five, oh one seventy')}? My number here is ${PH('613-555-0134', 'six one three, five five five, oh one three four')}.`,
  // 115
  `Hi, this is ${N('Lavern Cuthbert')}. My son is taking me to see ${P('Dr. Oyelaran')} on ${D('Monday, January 26th', 'monday january twenty sixth')}, and he'll be driving his car, the blue Buick, plate ${V('KDR 7719', 'k d r seven seven one nine')}, because the gate guard at the retirement community needs it. Oh, and he wants to come in for the visit. ${PH('941-555-0108', 'nine four one, five five five, oh one oh eight')}.`,
  // 116
  `Hi, it's ${N('Amos Weatherby')}, room ${T('312', 'three twelve')} at Sunrise. The nurse here says my Eliquis ran out and it's Friday. Please send it to the pharmacy they use. Thank you.`,
];
