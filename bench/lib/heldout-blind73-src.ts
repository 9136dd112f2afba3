/**
 * Blind held-out PHI gold set 73: an ordinary week in July, in extreme heat, on the voicemail of an
 * internal-medicine and urgent follow-up practice in Las Vegas with offices in Henderson and North Las Vegas
 * (area codes 702 and 725). Refills, lab and imaging results, heat-illness and ER follow-ups, work notes for
 * casino, hotel and construction workers on graveyard, swing and day shifts, union health-fund (Culinary
 * style), Medicaid and Medicare questions, billing, records and referrals, and visitors from out of state who
 * fell ill on vacation and give a home address elsewhere. Callers from Filipino, Mexican, Salvadoran,
 * Ethiopian, Korean, Chinese, Samoan, Tongan, Chamorro and Hawaiian families, retirees in Sun City style
 * communities, tourists, and a few pharmacies, labs, hospitals, agencies and other offices. Some messages
 * carry no PHI at all.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Kessel»"); "Dr." stays inside PROVIDER. Clinicians and
 *   staff of this practice, other offices, pharmacies, labs, hospitals, home-health and medical-supply
 *   agencies named in their working role are PROVIDER; patients, callers, relatives, neighbours, supervisors,
 *   co-workers, a gym manager and an employer's insurance adjuster are NAME. A spelled name is its own
 *   NAME span.
 * - DATE covers full or partial calendar dates tied to a person (birth, visit, ER visit, missed shifts, return
 *   to work, flights home, appointments); "the" stays outside ("the «11th»"), a weekday said with its date is
 *   inside. Weekdays, months or years alone, relative words, clock times, shift hours, durations and card
 *   expiry dates are not labelled.
 * - PHONE is every callback or fax number of a person or outside business, with an extension inside; this
 *   practice's own menu options and extensions, and another business's menu option ("press three"), are not.
 * - ADDRESS is where a caller or patient lives or stays: a street address, apartment with building letter,
 *   gated-community address, RV-park space, extended-stay motel and room, or the hotel and room on the Strip
 *   where a visitor is staying (one span with the room), and a home town given with its state, or a named
 *   residential community or town said as where the person lives ("I live in «Sun City Anthem»"). Employers
 *   (casinos and hotels where someone works), job sites, pharmacies, hospitals, this practice's Henderson and
 *   North Las Vegas offices, street names used to locate a business, a state alone, gate codes and hospital
 *   room numbers are not labelled.
 * - HEALTH_PLAN_ID covers union health-fund member numbers, Medicaid, Medicare, Medicare supplement, and
 *   commercial member IDs; group numbers are not labelled. MRN covers chart and patient numbers; ACCOUNT
 *   covers billing account and claim numbers; SSN includes the last four; LICENSE covers driver's licences,
 *   a CDL and a nursing-assistant certificate number; VEHICLE a plate or VIN; DEVICE a glucose-sensor, heart
 *   monitor or CPAP serial.
 * - AGE only for ages over 89, the number phrase alone; younger ages, doses, temperatures, lab values, shift
 *   hours, room numbers, counts and money are plain text.
 * - Spoken forms say numbers as the caller did ("seven oh two", "seven zero two", "double five", pairs,
 *   "hundred", restarts); emails with "at" and "dot".
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, V, T } = pause;

export const BLIND73_MESSAGES: string[] = [
  // 1
  `Hi, good morning, this is ${N('Corazon Bautista')}, birthday ${D('March 9, 1951', 'march nine nineteen fifty one')}. I need the refill for my losartan, the ${T('50 milligram', 'fifty milligram')}, and also the metformin. Please send to the Walgreens on Sunset and Stephanie. My number is ${PH('702-555-0143', 'seven oh two, five five five, oh one four three')}. Thank you, God bless.`,
  // 2
  `Hey, this is ${N('Ruben Ochoa')}. I was at Henderson Hospital ${D('Saturday the 12th', 'saturday the twelfth')} for heat exhaustion, I went down on the job site off ${T('St. Rose Parkway', 'saint rose parkway')}. They told me to follow up with my regular doctor in ${T('2', 'two')} or ${T('3', 'three')} days, that's ${P('Dr. Villaseñor')}. And I need a note for work, the foreman won't let me back on the roof till somebody clears me. ${PH('725-555-0119', 'seven two five, five five five, oh one one nine')}.`,
  // 3
  `Hi, good evening, um, this is ${N('Marites Dumalagan')}. I work graveyard, ${T('11 to 7', 'eleven to seven')}, in the cage at Caesars, and I called in sick ${D('July 10th', 'july tenth')} and the ${D('11th', 'eleventh')} because of the vomiting. ${P('Dr. Abella')} saw me on the ${D('11th', 'eleventh')}. My supervisor needs the note to say both nights, not just the one. My number is ${PH('702-555-0125', 'seven oh two, five five five, oh one twenty five')}. Salamat po.`,
  // 4
  `Hi, um, my name is ${N('Kristin Aaberg')}, I'm visiting from out of town and I was seen at your Henderson office on ${D('Friday, July 11th', 'friday july eleventh')} for dehydration and a bladder infection. I'm flying home ${D('Wednesday the 16th', 'wednesday the sixteenth')} and my doctor back home wants the visit notes. My home address is ${AD('4418 Larchmont Drive Northeast, Rochester, Minnesota 55906', 'forty four eighteen larchmont drive northeast rochester minnesota five five nine oh six')}. Right now I'm at the ${AD('Excalibur, room 14112', 'excalibur, room fourteen one twelve')}. My cell is ${PH('507-555-0186', 'five oh seven, five five five, oh one eight six')}.`,
  // 5
  `Buenos días, hello, I am ${N('Xiomara Portillo')}, the mother of ${N('Kevin Portillo')}. He is ${T('19', 'nineteen')}, he have the Medicaid, the number is ${H('00058213347', 'zero zero zero five eight two one three three four seven')}. He need appointment for the, the rash, from the sun, he works at the car wash on Lake Mead. Please call me, ${PH('702-555-0167', 'seven zero two, five five five, zero one six seven')}. Thank you.`,
  // 6
  `Yes, hello, this is ${N('Harriet Kessel')}. I'm ${AG('92', 'ninety two')} years old and I live in ${AD('Sun City Anthem')}, and I've been dizzy ever since this heat came in. My daughter says I should be seen. ${P('Dr. Brannigan')} is my doctor. I don't drive anymore but my neighbor ${N('Lois')} can bring me any day but Tuesday. My number is ${PH('702-555-0104', 'seven oh two, five five five, oh one oh four')}, I'll say it again, ${PH('702-555-0104', 'seven oh two five five five oh one oh four')}.`,
  // 7
  `Hi, I just wanted to know if the North Las Vegas office is open on Saturday, and if you take walk-ins for, like, stitches. I'll try calling back during the day. Thanks.`,
  // 8
  `Hi, this is ${P('Danica')}, pharmacist at the Smith's on Craig Road, calling for ${P('Dr. Kwon')}. We received a prescription for ${N('Tevita Fifita')}, date of birth ${D('5/2/79', 'five two seventy nine')}, Jardiance ${T('25 milligrams', 'twenty five milligrams')}, and his plan is asking for a prior authorization. You can reach the pharmacy at ${PH('702-555-0110', 'seven oh two, five five five, oh one one oh')}, press ${T('3', 'three')}. Thank you.`,
  // 9
  `Hello, this is ${N('Tigist Haile')}. I did the blood test on ${D('Monday the 7th', 'monday the seventh')}, for the iron, and the portal says it's back but nobody explained it. My number is ${PH('725-555-0132', 'seven two five, five five five, zero one three two')}. The name again, ${N('T-I-G-I-S-T')}, ${N('Haile')}. Thank you.`,
  // 10
  `Hi, I'm calling for my mother, ${N('Kim Soon-ja')}, last name ${N('K-I-M')}, first name ${N('S-O-O-N J-A')}. She has an appointment with ${P('Dr. Hoang')} on ${D('Thursday the 17th', 'thursday the seventeenth')} and she'll need a Korean interpreter, her English isn't great. I'm her son, ${N('Daniel Kim')}, ${PH('702-555-0181', 'seven zero two, five five five, zero one eight one')}. Thanks.`,
  // 11
  `Hi, it's ${N('Gordon Pyle')}, I want to pay off the balance from the urgent visit, it's ${T('$212.40', 'two twelve forty')}. The account number is ${AC('HN-0071934', 'h n zero zero seven one nine three four')}. The card is a Visa, ${C('4512 7300 8814 6290', 'four five one two, seven three hundred, eight eight one four, six two nine oh')}, expiration ${T('11/27', 'eleven twenty seven')}. If it doesn't go through, ${PH('725-555-0150', 'seven two five five five five oh one five oh')}.`,
  // 12
  `Hello, this is ${N('Eugene Whitlock')}, I'm out in ${AD('Sun City Summerlin')}. I retired from the Golden Nugget in June so I'm off the union plan and on Medicare now. The new Medicare number is ${H('3QK7-HT2-NW58', 'three q k seven, h t two, n w five eight')}, and the supplement is AARP, ${H('417728815-11', 'four one seven, seven two eight, eight one five, one one')}. I have a physical the ${D('29th', 'twenty ninth')}. Thanks very much.`,
  // 13
  `Hi, this is ${N('Maribel Zamudio')}, I'm a cocktail server at the Wynn, I work swing, ${T('7 to 3', 'seven to three')}. ${P('Dr. Villaseñor')} told me to stay off my feet a week for the plantar thing and HR wants a note with the dates, so from the ${D('14th', 'fourteenth')} through the ${D('21st', 'twenty first')}... Culinary member number is ${H('20448173', 'two oh four four eight one seven three')}, group ${T('7710', 'seven seven one oh')}. ${PH('702-555-0158', 'seven oh two, five five five, oh one fifty eight')}.`,
  // 14
  `Aloha, this is ${N('Leilani Kahananui')}. I'm visiting from ${AD('Hilo, Hawaii', 'hilo hawaii')}, I came in to your Henderson office ${D('Sunday the 13th', 'sunday the thirteenth')} for the chest pain, turned out to be the heat, and they said to call for the EKG result. I'm staying at the ${AD('California Hotel downtown, room 1218', 'california hotel downtown, room twelve eighteen')} until Friday. Cell is ${PH('808-555-0129', 'eight oh eight, five five five, oh one two nine')}. Mahalo.`,
  // 15
  `Oye, hi, this is ${N('Jesús Navarro')}, I do drywall for a company in North Las Vegas. I got the call that my X-ray is ready. I can't answer during the day, I'm on the site from ${T('5 in the morning', 'five in the morning')} to ${T('1:30', 'one thirty')} because of the heat. Call after ${T('2', 'two')}, please, ${PH('725-555-0146', 'seven two five five five five, oh one four six')}. Birthday ${D('12/8/88', 'twelve eight eighty eight')}.`,
  // 16
  `Hi, this is ${P('Ramon')} at Desert Valley Laboratory with a critical value for ${P('Dr. Tesfaye')}. Patient is ${N('Abebe Girma')}, date of birth ${D('January 15th, 1966', 'january fifteenth nineteen sixty six')}, potassium ${T('6.2', 'six point two')}. Please call back at ${PH('702-555-0193 extension 4410', 'seven oh two five five five oh one nine three extension four four one oh')}. Again, ${PH('702-555-0193 extension 4410', 'seven oh two five five five oh one nine three, extension forty four ten')}.`,
  // 17
  `Hey, good afternoon, it's ${N('Darnell Pruitt')}. I need my blood pressure medicine, the amlodipine, ${T('10', 'ten')}, and I'm out since Sunday. It's the CVS on Eastern and Horizon Ridge. Thanks. Oh, ${PH('702-555-0171', 'seven oh two, five five five, oh one seventy one')}.`,
  // 18
  `Hello, my name is ${N('Selamawit Tesfaye')}, no relation to the doctor, everybody asks. I'm calling for my husband, ${N('Yonas Bekele')}. He drives for a rideshare at night and he got very lightheaded yesterday in the car, the AC is broken. His birthday is ${D('October 2nd, 1974', 'october second nineteen seventy four')}. We have the Nevada Medicaid, his number ${H('00031877206', 'zero zero zero three one eight seven seven two zero six')}. Please call ${PH('725-555-0162', 'seven two five, five five five, zero one six two')}.`,
  // 19
  `Hi, it's ${N('Amy Zhang')}, calling about my mom, ${N('Zhang Xiuying')}. She's on the Eliquis and she fell in the garage yesterday, no head injury but she's bruised all down her arm. Should she come in? She's at my house now, ${AD('2716 Quail Run Court, Henderson, 89052', 'two seven one six quail run court, henderson, eight nine oh five two')}, it's in ${AD('Anthem')}, the gate code is ${T('#4417', 'pound four four one seven')}. My cell is ${PH('702-555-0188', 'seven oh two, five five five, oh one double eight')}.`,
  // 20
  `Hi, this is ${P('Marisol')} at the front desk in Henderson, leaving this on the general box. ${P('Dr. Abella')}'s ${T('3:40', 'three forty')} cancelled so there's an opening if anybody on the wait list wants it. Okay, bye.`,
  // 21
  `Hello. ${N('Sione Taufa')} here. My son ${N('Viliami')} needs a physical for football at Canyon Springs, they start practice at ${T('6 AM', 'six a m')} because of the heat. His birthday is ${D('April 4th, 2009', 'april fourth two thousand nine')}. We're ${AD('3150 West Lake Mead Boulevard, Building D, Apartment 204, North Las Vegas', 'thirty one fifty west lake mead boulevard, building d, apartment two oh four, north las vegas')}. Call me at ${PH('702-555-0137', 'seven oh two five five five oh one three seven')}. Malo.`,
  // 22
  `Yeah, hi. Returning a call. ${N('Kyle Brandt')}. ${PH('725-555-0114', 'seven two five, five five five, oh one one four')}.`,
  // 23
  `Hi, this is ${N('Rosa Elvira Menjívar')}. I was in urgent care on ${D('July 8th', 'july eighth')} for the infection in my finger, and the antibiotic is done and it's still red and swollen, and hot. I work in the kitchen at the Venetian, I can't keep my hand out of the water. What should I do? ${PH('702-555-0190', 'seven zero two, five five five, zero one nine zero')}. Thank you, ${N('Rosa')}.`,
  // 24
  `Good morning, this is ${P('Carmen')} calling from the cardiology office of ${P('Dr. Feldstein')}. We're seeing ${N('Wilfredo Alvarenga')} on the ${D('24th', 'twenty fourth')} and we need his last EKG and the echo report faxed over. Date of birth ${D('9/19/58', 'nine nineteen fifty eight')}. Fax is ${PH('702-555-0122', 'seven oh two, five five five, oh one two two')}, phone is ${PH('702-555-0121', 'seven oh two, five five five, oh one two one')}. Thank you.`,
  // 25
  `Hi, it's ${N('Pauline Okerlund')}, ${N('O-K-E-R-L-U-N-D')}. My Dexcom sensor came off in the pool two days early and the pharmacy won't give me another one without a new script. The receiver serial, if they need it, is ${DV('SM21847096', 's m two one eight four seven oh nine six')}. ${PH('702-555-0164', 'seven oh two five five five oh one six four')}. Thanks.`,
  // 26
  `Hello, my name is ${N('Hyun-woo Choi')}, I work at the Bellagio, engineering, day shift. ${P('Dr. Kwon')} wrote me off work ${D('July 7th', 'july seventh')} to ${D('July 13th', 'july thirteenth')} and HR says the note is missing the return date. My return date is ${D('Monday the 14th', 'monday the fourteenth')}. You can email it to ${E('hwchoi77@gmail.com', 'h w choi seventy seven at gmail dot com')}. Thank you.`,
  // 27
  `Hi, calling about my bill. I was charged ${T('$150', 'a hundred and fifty dollars')} for the urgent visit and my card says urgent care is ${T('$35', 'thirty five')}. Claim number on the paper is ${AC('2025-0711-8832', 'twenty twenty five, oh seven one one, eight eight three two')}. My name is ${N('Teodoro Macaraeg')}. ${PH('702-555-0176', 'seven oh two five five five oh one seven six')}.`,
  // 28
  `Hi, I pressed ${T('2', 'two')} for refills and it came to this box. Uh, this is ${N('Barbara Lund')}, I need my Lasix and my potassium. I'm at the ${AD('Silver Sage RV Park, space 47, 4321 Boulder Highway', 'silver sage r v park, space forty seven, forty three twenty one boulder highway')}, we're here till October. ${PH('406-555-0115', 'four oh six, five five five, oh one one five')}, that's a Montana number.`,
  // 29
  `Hey, it's ${N('Malia Faleolo')}. I just wanted to say thank you to ${P('Jolene')}, the nurse practitioner, she really helped my dad last week. That's it. Have a good day.`,
  // 30
  `Hi, this is ${N('Ofelia Ramírez')}, I'm calling for my husband ${N('Guadalupe Ramírez')}. He's a landscaper and he came home with a headache, throwing up, no sweat. We went to Sunrise and they kept him overnight, room ${T('412', 'four twelve')}. He's out now. They said follow up this week. His birthday is ${D('June 30th, 1969', 'june thirtieth sixty nine')}. My number ${PH('702-555-0103', 'seven oh two, five five five, oh one oh three')}.`,
  // 31
  `Good afternoon, ${P('Denise')}, case manager at UMC, calling about a discharge. ${N('Harold Vance')}, date of birth ${D('2/27/41', 'two twenty seven forty one')}, admitted ${D('July 9th', 'july ninth')} for heat stroke, going home tomorrow to ${AD('1088 Desert Willow Lane, Sun City Aliante, North Las Vegas 89084', 'ten eighty eight desert willow lane, sun city aliante, north las vegas, eight nine oh eight four')}. He needs a follow-up within seven days with ${P('Dr. Brannigan')}. My direct line is ${PH('702-555-0199', 'seven oh two, five five five, oh one nine nine')}.`,
  // 32
  `Hi, this is ${N('Cheryl Wojcik')}, I want to cancel my appointment for tomorrow at ${T('9:15', 'nine fifteen')}. My car's AC went out and I'm not driving in a hundred and fifteen degrees. I'll call back to reschedule.`,
  // 33
  `Hello, this is ${N('Meseret Alemu')}, I'm calling for my father, ${N('Alemu Wolde')}. He is ${AG('ninety', 'ninety')} this year, and he is not eating good, he only drinks the tea. His doctor is ${P('Dr. Tesfaye')}. He speaks Amharic only. My phone is ${PH('725-555-0174', 'seven two five, five five five, oh one seventy four')}. Thank you so much.`,
  // 34
  `Hi, this is ${N('Trevor Haight')}. I'm a valet at the Aria, I work swing shift, and I need a form filled out for FMLA for my mom, she's having surgery. I dropped it at the North Las Vegas office on ${D('the 9th', 'the ninth')}. Just checking it's done. ${PH('702-555-0139', 'seven zero two five five five zero one three nine')}.`,
  // 35
  `Um, hi, I'm, uh, I'm staying at the ${AD('Sunset Palms Extended Stay on Boulder Highway, room 118', 'sunset palms extended stay on boulder highway, room one eighteen')}. My name's ${N('Dwayne Coker')}. I was in the urgent care Saturday for my sugar, and they gave me samples of the insulin pens but it's so hot in the room, the fridge doesn't work great. Are they still good? I don't have a phone right now, I'm using my friend's, ${PH('702-555-0183', 'seven oh two, five five five, oh one eight three')}, ask for ${N('Dwayne')}.`,
  // 36
  `Hello, I am ${N('Rogelio Pangilinan')}. I need my prescription for the Flomax, ${T('0.4', 'point four')}, and the atorvastatin ${T('40', 'forty')}, ninety days please, my plan does the mail order now. Birthday ${D('August 21, 1955', 'august twenty one, nineteen fifty five')}. Phone ${PH('702-555-0116', 'seven oh two five five five oh one one six')}. Thank you, ma'am.`,
  // 37
  `Hey, it's ${N('Jasmine Ortiz-Bell')}, I had my lab work done Tuesday, fasting, and I just want to know about the cholesterol and the sugar. You can leave it on my voicemail, that's fine. ${PH('725-555-0105', 'seven two five, five five five, oh one oh five')}.`,
  // 38
  `Hi there, this is ${N('Patrick Dunleavy')}, I'm out here from ${AD('Dayton, Ohio', 'dayton ohio')} for a convention and I had to go to your urgent care Monday with kidney stone pain. They said a urologist would call me with a referral but I'm flying back ${D('Saturday the 19th', 'saturday the nineteenth')}. Could you just send the referral to my doctor at home instead? ${PH('937-555-0148', 'nine three seven, five five five, oh one four eight')}. Thanks a lot.`,
  // 39
  `This is ${N('Nenita Sarmiento')}, my daughter is ${N('Kaitlyn Sarmiento')}, date of birth ${D('11/3/2013', 'eleven three two thousand thirteen')}. She needs the shot record for the new school in August. Can you email, ${E('nenita.sarmiento@yahoo.com', 'nenita dot sarmiento at yahoo dot com')}. Thank you po.`,
  // 40
  `Hi, this is ${N('Lorraine Abernathy')}, I'm calling because I got a letter saying my account went to collections, and I've been paying ${T('$25', 'twenty five dollars')} a month like we agreed. The account is ${AC('50213877', 'five oh two, one three, eight seven seven')}. Please have billing call me, ${PH('702-555-0151', 'seven oh two, five five five, oh one five one')}. I tried billing at extension ${T('240', 'two forty')} and it just rings. I'm very upset about this.`,
  // 41
  `Hey, ${N('Mateo Herrera')} here, I work on the crew building the new stadium parking. I got a bad burn on my forearm from the rebar, the metal was like a hundred and sixty degrees. My boss needs a note saying light duty. Last four of my social is ${SS('3390', 'three three nine oh')}, they said you'd need it because it's workers' comp. Call me, ${PH('725-555-0182', 'seven two five five five five oh one eight two')}.`,
  // 42
  `Good morning, this is ${N('Florence Ashby')} from ${AD('Sun City Anthem')}, I'm ${T('87', 'eighty seven')} and my husband ${N('Walter')} is ${AG('94', 'ninety four')}. He's due for his ${T('B12', 'b twelve')} shot and the nurse usually comes to the house. Our number is ${PH('702-555-0109', 'seven oh two, five five five, oh one oh nine')}. Thank you, dear.`,
  // 43
  `Hi, good afternoon. I'm calling to find out if you take the Culinary plan at the Henderson office, or only at North Las Vegas? My friend said only one of them. Okay, thank you.`,
  // 44
  `Hi, this is ${N('Andrea Leung')}. I had a Holter monitor put on ${D('Friday the 11th', 'friday the eleventh')} and it's supposed to come off after ${T('48', 'forty eight')} hours. I mailed it back in the box but I wanted to give you the number on it in case, it's ${DV('HM-4407723', 'h m four four oh seven seven two three')}. Date of birth ${D('6/14/82', 'six fourteen eighty two')}. Thanks.`,
  // 45
  `Yeah, hi, this is ${N('Bobby Ray Tillman')}. I'm a truck driver, I need the DOT physical, my card runs out at the end of July. CDL number is ${L('2100874153', 'two one oh oh, eight seven four, one five three')}, Nevada. ${PH('775-555-0127', 'seven seven five, five five five, oh one two seven')}. I'm out on the road but I'll pick up.`,
  // 46
  `Hi, my name is ${N('Jocelyn Dela Cruz')}, I'm a CNA at a group home and my employer needs a TB test result and a physical form signed. My certification number is ${L('CNA-0048721', 'c n a zero zero four eight seven two one')}. I work nights, so a morning appointment would be best, after ${T('8', 'eight')}. Phone ${PH('702-555-0185', 'seven zero two, five five five, zero one eight five')}.`,
  // 47
  `Hello, hello? Okay. This is ${N('Edna Mae Pritchett')}. I want to know why my Lyrica went up to ${T('$90', 'ninety dollars')}. That's all. ${PH('702-555-0133', 'seven oh two, five five five, oh one three three')}.`,
  // 48
  `Hi, this is ${N('Jae-won Park')}. I'm a dealer at Resorts World, graveyard shift, so I sleep during the day. Please don't call before ${T('2 PM', 'two p m')}. I want to make an appointment for the follow-up on my thyroid. Birthday ${D('February 28th, 1980', 'february twenty eighth nineteen eighty')}. ${PH('725-555-0147', 'seven two five, five five five, oh one forty seven')}.`,
  // 49
  `Hi. I'm calling from the Home Health side at Silver State Home Care, this is ${P('Tamika')}, the RN. I saw ${N('Ignacio Flores')} today, his weight's up ${T('4 pounds', 'four pounds')} since Friday and his ankles are swollen, he's on furosemide ${T('40', 'forty')} daily. Wanted ${P('Dr. Okafor')} to know. I'm at ${PH('702-555-0111', 'seven oh two five five five oh one one one')}.`,
  // 50
  `Hi, ${N('Sandra Nuñez')}, ${N('N-U-N-E-Z')}, with the tilde. I moved, my new address is ${AD('6275 Boulder Highway, Apartment 1043, Las Vegas, Nevada 89122', 'sixty two seventy five boulder highway, apartment one oh four three, las vegas nevada eight nine one two two')}. And my insurance changed to Anthem, the Medicaid one, member ID ${H('YRK480019337', 'y r k, four eight oh, oh one nine, three three seven')}. Phone is the same.`,
  // 51
  `Hi, uh, this is ${N('Curtis')}, I'm the supervisor for ${N('Luis Arriaga')} at the hotel, the laundry department. He said he was seen there and he's supposed to bring a note but he lost it. Can you fax it to us? ${PH('702-555-0170', 'seven oh two, five five five, oh one seven oh')}. Thanks.`,
  // 52
  `Hello, ${N('Lucia Taitano')} speaking, I mean, leaving a message. My grandson ${N('Jesse Taitano')} needs his asthma inhaler, the albuterol, and the spacer. He's staying with me for the summer, ${AD('5820 Pebble Creek Avenue, North Las Vegas', 'fifty eight twenty pebble creek avenue north las vegas')}. His mom's in Guam. My number is ${PH('702-555-0138', 'seven oh two, five five five, oh one three eight')}.`,
  // 53
  `Hey, it's ${N('Brett Kowalczyk')}. Question for ${P('Dr. Okafor')}, is it okay to go hiking at Red Rock with the new blood pressure pill? I know it's hot, I'd go at ${T('5 AM', 'five a m')}. Text is fine, ${PH('702-555-0159', 'seven oh two, five five five, oh one fifty nine')}.`,
  // 54
  `Hi, this is ${N('Amelia Rutherford')}, I'm calling from ${AD('Calgary', 'calgary')}, I was down for a bachelorette ${D('July 3rd', 'july third')} to the ${D('7th', 'seventh')} and I was seen at your office for a sinus infection. My travel insurance needs an itemized bill and the medical notes. Please email ${E('amelia.ruth@shaw.ca', 'amelia dot ruth at shaw dot c a')}. My number is ${PH('403-555-0153', 'four oh three, five five five, oh one five three')}, it's a Canadian number.`,
  // 55
  `Hi. It's ${N('Danilo Reyes')}, birthday ${D('1/30/63', 'one thirty sixty three')}. Refill for the glipizide, ${T('5', 'five')}, and my blood sugar meter strips. Albertsons on Rainbow and Warm Springs. Thank you.`,
  // 56
  `Hello, my name is ${N('Fekadu Asfaw')}. I drive the taxi. My chest hurt yesterday for maybe ${T('10', 'ten')} minutes, then it stopped. My wife says call the doctor. I'm okay now. ${PH('725-555-0184', 'seven two five, five five five, oh one eight four')}. Please call.`,
  // 57
  `Hi, this is ${P('Becky')} from the billing office at Sunrise Emergency Physicians, we're trying to reach a patient of yours, ${N('Kalani Akana')}, we have a bad address on file. If you could have them call us at ${PH('702-555-0124', 'seven oh two five five five oh one two four')}, that'd be great. Thanks.`,
  // 58
  `Hey, this is ${N('Tyler McNabb')}. I'm in town for the weekend and I got a pretty bad sunburn on my back, like blisters, from the pool party. Do you guys see walk-ins today? I'm at the ${AD('Flamingo, room 2231', 'flamingo, room twenty two thirty one')}. ${PH('480-555-0166', 'four eight oh, five five five, oh one six six')}.`,
  // 59
  `Hello, this is ${N('Wei Chen')}, patient of ${P('Dr. Hoang')}. My chart number is ${M('NLV-204418', 'n l v two oh four four one eight')}. I'd like a copy of my records since ${T('2019', 'twenty nineteen')}, for the immigration physical. I can pick up at North Las Vegas. ${PH('702-555-0108', 'seven oh two, five five five, oh one oh eight')}.`,
  // 60
  `Hi, this is ${N('Gloria Benavides')}, I had a telehealth visit last week and the prescription never showed up. It was for the blood pressure, the hydrochlorothiazide, ${T('25', 'twenty five')}, but ${P('Dr. Villaseñor')} said with the heat maybe ${T('12.5', 'twelve and a half')} instead. Please check which one. ${PH('725-555-0168', 'seven two five, five five five, oh one six eight')}.`,
  // 61
  `Hey, good evening. ${N('Faisal Rahimi')}. I'm a cook at a buffet on the Strip, the kitchen is like a hundred and ten. I fainted on the line ${D('July 12th', 'july twelfth')}. I need to be seen and I need a note for ${D('Saturday the 12th', 'saturday the twelfth')} and ${D('Sunday the 13th', 'sunday the thirteenth')}. I work ${T('3 to 11', 'three to eleven')}. ${PH('702-555-0194', 'seven oh two five five five oh one nine four')}.`,
  // 62
  `Hi, my name is ${N('Noelani Kauwe')}. I need a refill on my sertraline. I'm a patient at the Henderson office. That's it, thank you. Oh, ${PH('702-555-0157', 'seven oh two, five five five, oh one five seven')}.`,
  // 63
  `Yes, good morning, this is ${N('Clifford Yates')}. I've got the CPAP, and the supply company says they need a new order from the doctor for the mask and hoses. The machine serial is ${DV('23151877420', 'two three one five one, eight seven seven, four two oh')}. I live in ${AD('Sun City Summerlin')}, it's ${AD('10432 Rancho Vista Drive', 'ten four thirty two rancho vista drive')}. ${PH('702-555-0130', 'seven oh two, five five five, oh one three oh')}.`,
  // 64
  `Hi, calling for ${N('Mariana Estrada')}, I'm her daughter ${N('Paola')}. She has her appointment ${D('Tuesday the 15th', 'tuesday the fifteenth')} at ${T('10:30', 'ten thirty')} but her legs are swelling a lot and she wants to know if she can come sooner. Her date of birth is ${D('June 6th, 1947', 'june sixth forty seven')}. ${PH('702-555-0175', 'seven zero two, five five five, zero one seven five')}. Gracias.`,
  // 65
  `Hello, I'm calling because I got a message from this number but there was no name. My number is ${PH('725-555-0161', 'seven two five, five five five, oh one six one')}, if it's about an appointment I can be reached after ${T('4', 'four')}. This is ${N('Ivan Petrov')}.`,
  // 66
  `Hi, it's ${N('Dolores Vasquez')}. I'd like to schedule my annual wellness visit with ${P('Dr. Brannigan')}. I'm on Medicare, my number is ${H('7MC2-FJ8-PV19', 'seven m c two, f j eight, p v one nine')}. Mornings are best. ${PH('702-555-0140', 'seven oh two, five five five, oh one four oh')}.`,
  // 67
  `Hey, this is ${N('Sefa Tuilagi')}. I'm a bouncer at a club on the Strip, work nights. I got punched on the job, my hand is swollen, and workers' comp said come to you. My employer's adjuster is ${N('Kim Ostrander')}, her number is ${PH('702-555-0117', 'seven oh two, five five five, oh one seventeen')}. My number is ${PH('725-555-0191', 'seven two five, five five five, oh one nine one')}.`,
  // 68
  `Hi, this is the office of ${P('Dr. Gutierrez')}, dermatology. We received a referral for ${N('Theresa Lindahl')} but the insurance authorization number is missing. Please call ${P('Vanessa')} at ${PH('702-555-0126', 'seven oh two, five five five, oh one two six')}. Thank you.`,
  // 69
  `Hi, this is ${N('Norma Quintero')}. I need the form for the disabled parking placard filled out for my husband, ${N('Armando')}, he can't walk far with his heart. The DMV wants the plate number on it, it's ${V('614 KHR', 'six one four k h r')}. He's patient of ${P('Dr. Okafor')}. ${PH('702-555-0112', 'seven oh two, five five five, oh one one two')}.`,
  // 70
  `Hi, hey, it's ${N('Christopher Nwosu')}, I'm returning ${P('Analyn')}'s call about my A one C. I'm at work till ${T('6', 'six')} but my cell is ${PH('725-555-0145', 'seven two five, five five five, oh one four five')}, or try my work line ${PH('702-555-0160 ext. 233', 'seven oh two five five five oh one six oh extension two thirty three')}.`,
  // 71
  `Hello, my name is ${N('Xu Ming')}, ${N('X-U')}, ${N('M-I-N-G')}. I'm a visitor from China, staying with my son in ${AD('Spring Valley', 'spring valley')}. I have high blood pressure and I forgot my medicine at home. My son is ${N('Xu Jianguo')}, his phone ${PH('702-555-0187', 'seven oh two, five five five, oh one eight seven')}. Thank you.`,
  // 72
  `Hi, I need to cancel for ${N('Eddie Salcedo')} on ${D('July 17th', 'july seventeenth')}. He picked up an extra graveyard shift. We'll call to reschedule. Thanks.`,
  // 73
  `Hi, this is ${P('Priscilla Mbeki')}, I'm a nurse at the Henderson office. Wait, no, sorry, wrong mailbox, I meant to call the North Las Vegas manager line. Disregard.`,
  // 74
  `Hello, this is ${N('Alma Lopez-Ruiz')}. I got my labs from ${P('Dr. Abella')} in the portal and the kidney number, the creatinine, says ${T('1.6', 'one point six')}, and it was ${T('1.1', 'one point one')} in March. Is that the heat? I've been working outside at the nursery. ${PH('702-555-0134', 'seven oh two five five five oh one three four')}. Thanks.`,
  // 75
  `Hi, my name is ${N('Kenji Watanabe')}, I'm a patient, DOB ${D('4/4/71', 'four four seventy one')}. I'm locked out of the portal, my username is my email, ${E('kwatanabe@cox.net', 'k watanabe at cox dot net')}. Also my patient number is ${M('H0392714', 'h oh three nine two seven one four')}, if that helps. ${PH('702-555-0142', 'seven oh two five five five oh one forty two')}.`,
  // 76
  `Hey, ${N('Rachel Goldfarb')} here, I'm with a group from ${AD('Scottsdale', 'scottsdale')}, staying at the ${AD('Cosmopolitan, room 3309', 'cosmopolitan, room thirty three oh nine')}. One of the girls, ${N('Brianna Sloane')}, has a fever of ${T('102.5', 'a hundred two point five')} and a bad sore throat. Can she come in today? My cell ${PH('602-555-0131', 'six oh two, five five five, oh one three one')}.`,
  // 77
  `Good morning. ${P('Dr. Kwon')}, this is ${N('Sang-hee Lim')}. The new medicine, the Farxiga, makes me go to the bathroom too much at work, I'm a cashier at the sportsbook, I can't leave the window. Can I take it at night? ${PH('702-555-0179', 'seven zero two, five five five, zero one seven nine')}.`,
  // 78
  `Hi, this is ${N('Manuel Cortez')}. I'm calling from my job, I'm a pool attendant at Mandalay Bay. I was seen ${D('Tuesday, July 8th', 'tuesday july eighth')} for the heat rash and the doctor gave me a cream, but now it's on my neck too. Can I send a picture through the portal? Birthday ${D('September 17th, 1996', 'september seventeenth ninety six')}. ${PH('725-555-0128', 'seven two five, five five five, oh one two eight')}.`,
  // 79
  `Hi, it's ${N('Betty Jo Kaminsky')}. I'm ${AG('ninety-one', 'ninety one')}, and my daughter set up this phone so I hope I'm doing it right. I need my eye drops and my Fosamax. My daughter is ${N('Linda')}, her number is ${PH('702-555-0172', 'seven oh two, five five five, oh one seventy two')}. Thank you.`,
  // 80
  `Hi, my name is ${N('Ahmed Osman')}. I'm calling about the letter for my immigration, for the medical exam, the ${T('I-693', 'i six ninety three')}. I have the appointment ${D('July 22nd', 'july twenty second')}. Do I need to bring my vaccination card? ${PH('725-555-0156', 'seven two five, five five five, oh one five six')}.`,
  // 81
  `Hello, this is ${N('Glenda Haskins')}. I'd like to get a flu shot, I know it's early, I'm going on a cruise in August. Oh and I'm at ${AD('2540 Via Venezia, Henderson', 'twenty five forty via venezia, henderson')}, if you're sending the reminder card. ${PH('702-555-0102', 'seven oh two, five five five, oh one oh two')}.`,
  // 82
  `Hi, yes, this is ${N('Cesar Villanueva')}, I work construction, concrete, we start at ${T('4:30', 'four thirty')}. My urine's been really dark and my back hurts on the sides. Should I go to the ER? My wife's number is better, ${PH('702-555-0106', 'seven oh two, five five five, oh one oh six')}, her name is ${N('Yesenia')}.`,
  // 83
  `Hi, this is ${N('Helen Papadakis')}, I'm calling on behalf of my mother, ${N('Sophia Papadakis')}, she's ${AG('96', 'ninety six')}. She's in assisted living at ${AD('Desert Springs Senior Living, room 14, Henderson', 'desert springs senior living, room fourteen, henderson')}. They need a new order for her oxygen. ${PH('702-555-0144', 'seven oh two, five five five, oh one four four')}.`,
  // 84
  `Yeah, hey, this is ${N('Marcus Lavigne')}, just checking on my MRI authorization. I've been waiting three weeks. I'll call back.`,
  // 85
  `Good afternoon, ${P('Rhonda')} from Nevada Care Medical Supply, calling about a walker order for ${N('Consuelo Arroyo')}, DOB ${D('7/7/39', 'seven seven thirty nine')}. We need the face-to-face notes and a signed order. Fax ${PH('702-555-0198', 'seven oh two, five five five, oh one nine eight')}. Thanks.`,
  // 86
  `Hi, this is ${N('Jin Huang')}. My mother, ${N('Huang Mingzhu')}, needs the refill of her amlodipine, ${T('5 milligrams', 'five milligrams')}. She does not speak English. Her birthday is ${D('May 12th, 1944', 'may twelfth nineteen forty four')}. My cell, ${PH('725-555-0135', 'seven two five, five five five, zero one three five')}. Thank you.`,
  // 87
  `Hey, this is ${N('Dustin Pike')}. I was in on Monday, and they told me I'd get a call about the stress test scheduling, nobody called. Also I want to know if I can go back to work at the warehouse, it's not air conditioned. ${PH('702-555-0154', 'seven oh two, five five five, oh one fifty four')}.`,
  // 88
  `Hi, it's ${N('Rosalind Whitaker')}, I have a question about my statement. It's showing a charge from ${D('May 30th', 'may thirtieth')} that I think was a no-show fee but I called to cancel. My account number is ${AC('88410276', 'eight eight four, one oh, two seven six')}. ${PH('725-555-0103', 'seven two five five five five oh one oh three')}.`,
  // 89
  `Hi, this is ${N('Wilber Alvarenga')}, I'm the son of ${N('Wilfredo Alvarenga')}. The heart doctor said they never got his papers. Can you fax them again? Thank you. ${PH('702-555-0123', 'seven zero two, five five five, zero one two three')}.`,
  // 90
  `Hi, this is ${N('Ana Lisa Ocampo')}, from ${AD('Daly City, California', 'daly city california')}. I'm here for my cousin's wedding and I was seen at your North Las Vegas office yesterday, ${D('July 15th', 'july fifteenth')}... no, wait, it was ${D('Monday the 14th', 'monday the fourteenth')}. I lost the prescription paper, for the antibiotic. Can you call it to the Walgreens on Craig and Simmons? ${PH('650-555-0119', 'six five oh, five five five, oh one one nine')}.`,
  // 91
  `Hello, my name is ${N('Tupou Vaipulu')}, calling for my husband ${N('Semisi')}. He has the gout again, the big toe, he can't put the shoe on. He works the loading dock at the convention center. Can the doctor call in the medicine? ${PH('702-555-0141', 'seven oh two, five five five, oh one four one')}.`,
  // 92
  `Hi, I'm calling from ${P('Dr. Sorensen')}'s office, orthopedics, we're returning a call to ${P('Darlene')} in referrals about an appointment for ${N('Jerome Whitfield')}. We have ${D('August 4th', 'august fourth')} at ${T('1:15', 'one fifteen')}. Our number is ${PH('725-555-0189', 'seven two five, five five five, oh one eight nine')}.`,
  // 93
  `Hi, this is ${N('Esperanza Medina')}. I'd like to set up a payment plan. I owe ${T('$480', 'four hundred eighty')} and I can do ${T('$40', 'forty')} every two weeks, I get paid on Fridays. My number is ${PH('702-555-0177', 'seven oh two, five five five, oh one seven seven')}. And my date of birth is ${D('March 21st, 1985', 'march twenty first nineteen eighty five')}.`,
  // 94
  `Hey, ${N('Jordan Pierce')}. I'm the manager at a gym in Henderson and one of my members asked me to call, she got overheated in the hot yoga room and says she's a patient of yours, ${N('Kayla Brooks')}. She's okay, she's drinking water. She wanted the doctor to know. Her number's ${PH('702-555-0165', 'seven oh two, five five five, oh one six five')}.`,
  // 95
  `Hi, this is ${N('Ernesto Quiñónez')}. I need a new prescription for the insulin, the Humalog, and the pen needles. My Culinary card number is ${H('30019584', 'three zero zero one nine five eight four')}. I pick up at the Culinary pharmacy. ${PH('725-555-0113', 'seven two five, five five five, oh one one three')}.`,
  // 96
  `Hello? Yes, this is ${N('Myrna Espiritu')}, I'm at ${AD('4250 East Owens Avenue, Building C, Apartment 112', 'forty two fifty east owens avenue, building c, apartment one twelve')}. My AC is out and the manager says three days. I have the COPD and it's ninety degrees in here at night. Do you have a letter for the apartment office saying it's medical? ${PH('702-555-0163', 'seven oh two, five five five, oh one six three')}.`,
  // 97
  `Hi, good morning. ${N('Gary Lindstrom')}, I had the colonoscopy prep questions. Never mind, I found the sheet. Thanks.`,
  // 98
  `Hi, it's ${N('Tasha Greene')}, I'm a housekeeper at the Luxor, and I need a note to go back on ${D('Thursday, July 17th', 'thursday july seventeenth')}, full duty. ${P('Dr. Okafor')} said it was fine at the visit. I work day shift, ${T('8 to 4:30', 'eight to four thirty')}. Email is best, ${E('tashagreene702@icloud.com', 'tasha greene seven oh two at icloud dot com')}.`,
  // 99
  `Hi, this is ${N('Oleksandr Hnatiuk')}, I'm a new patient, my first appointment is ${D('July 24th', 'july twenty fourth')}. I have the intake form but there's a question about a previous doctor, I only had doctors in Ukraine. Is that okay? ${PH('725-555-0172', 'seven two five, five five five, oh one seventy two')}.`,
  // 100
  `Hello, this is ${N('Mercedes Galindo')}. I want to update my address, it's ${AD('3645 North Rancho Drive, Space 212, Las Vegas 89130', 'thirty six forty five north rancho drive, space two twelve, las vegas, eight nine one three oh')}, it's the mobile home park. And my new phone, ${PH('702-555-0178', 'seven oh two, five five five, oh one seven eight')}. Thank you.`,
  // 101
  `Hi, ${N('Kwame Asante')}. I need a note for the DMV, for the driver's license, my vision test, they want the doctor to sign. My license number is ${L('1402887731', 'one four oh two, eight eight seven, seven three one')}. ${PH('702-555-0136', 'seven oh two, five five five, oh one three six')}.`,
  // 102
  `Hey, this is ${N('Lani Toleafoa')}. I'm calling about my dad, ${N('Falaniko Toleafoa')}, he's on dialysis at DaVita and they want his latest med list from ${P('Dr. Tesfaye')}. His date of birth is ${D('December 1st, 1958', 'december first fifty eight')}. ${PH('702-555-0196', 'seven oh two, five five five, oh one nine six')}.`,
  // 103
  `Hi, I'm calling to see if you have any appointments for a TB test this week, for a job. Evening hours would be best. I'll call back. Thank you.`,
  // 104
  `Hello, it's ${N('Marjorie Hollis')}, I'm a snowbird, well, the opposite, I spend winters here and summers in ${AD('Coeur d\'Alene, Idaho', 'coeur d\'alene idaho')}, and I'm still here because of my knee. ${P('Dr. Brannigan')} wants me to do physical therapy but my Medicare Advantage plan, it's Humana, ID ${H('H72214538', 'h seven two two, one four, five three eight')}, says I need a referral. ${PH('208-555-0124', 'two oh eight, five five five, oh one two four')}.`,
  // 105
  `Hi, this is ${N('Danny Nguyen')}. I'm a bartender at the Palazzo, I work swing, and I woke up with a fever and body aches, I think it's COVID, I tested positive at home. I need a note for missing ${D('July 15th', 'july fifteenth')} through the ${D('19th', 'nineteenth')}. ${PH('702-555-0152', 'seven zero two, five five five, zero one five two')}.`,
  // 106
  `Hi, this is ${N('Imelda Castañeda')}, for my son, ${N('Brandon Castañeda')}, he's ${T('16', 'sixteen')}. He was at a football camp and got heat cramps and the athletic trainer said have a doctor check his kidneys. His birthday is ${D('January 19th, 2009', 'january nineteenth, two thousand nine')}. We have the Medicaid, ${H('00064410285', 'zero zero zero six four four one zero two eight five')}. ${PH('725-555-0108', 'seven two five, five five five, zero one zero eight')}.`,
  // 107
  `Hey, this is ${N('Logan Fairbanks')}. I was seen ${D('Saturday the 12th', 'saturday the twelfth')} for my ankle, I'm in from ${AD('Boise', 'boise')}, I'm staying at my brother's, ${AD('8832 Painted Mesa Street', 'eighty eight thirty two painted mesa street')}. The X-ray disc, can I pick it up before I fly out Friday? ${PH('208-555-0140', 'two oh eight, five five five, oh one four oh')}.`,
  // 108
  `Hi, this is ${N('Ruth Ann Meeks')}. I got a message to pay at the next visit, I can't read the amount. My card on file is the Discover, it's ${C('6011 0027 4431 8858', 'six oh one one, double oh two seven, four four three one, eight eight five eight')}, go ahead and run it. ${PH('702-555-0118', 'seven oh two, five five five, oh one one eight')}.`,
  // 109
  `Hey there. ${N('Emmanuel Tadesse')}, I'm a security officer at the MGM. I got a form for my new job, the guard card, it needs a doctor's signature. I'm off Wednesday and Thursday. ${PH('725-555-0179', 'seven two five five five five oh one seven nine')}.`,
  // 110
  `Hi, it's ${N('Josefina Marquez')}, calling about my mom, ${N('Amparo Marquez')}, who is ${AG('ninety-three', 'ninety three')}. Her blood pressure is low, like ${T('90 over 50', 'ninety over fifty')}, since the water pill was increased. ${P('Dr. Villaseñor')} is her doctor. I'm at ${PH('702-555-0169', 'seven oh two, five five five, oh one six nine')}.`,
  // 111
  `Hi. ${N('Aiden Walsh')} calling, ${D('10/28/91', 'ten twenty eight ninety one')}. I want to switch my pharmacy to the CVS on Lake Mead and Martin Luther King. Thanks.`,
  // 112
  `Hello, this is ${N('Filomena Soriano')}, calling from the Philippines actually, I'm visiting family in ${AD('Manila')}. My refill for my blood pressure medicine, can it be ninety days so I can have it when I'm back on ${D('August 10th', 'august tenth')}? My daughter ${N('Grace')} will pick up, her number ${PH('702-555-0180', 'seven oh two, five five five, oh one eight oh')}. Salamat.`,
  // 113
  `Hey, this is ${N('Nate Olafsson')}, I'm staying at the ${AD('Oasis Sands RV Resort, site 112', 'oasis sands r v resort, site one twelve')}, we're passing through from ${AD('Fresno', 'fresno')}. My wife ${N('Karla')} got stung by a scorpion in the RV and her hand's swollen. Should she come in or go to the ER? ${PH('559-555-0107', 'five five nine, five five five, oh one oh seven')}.`,
  // 114
  `Hi, this is ${N('Hana Yoshida')}, I had my bone density scan and the results say osteopenia. Does ${P('Dr. Hoang')} want me to start anything? My birthday's ${D('11/11/59', 'eleven eleven fifty nine')}. ${PH('702-555-0197', 'seven oh two, five five five, oh one nine seven')}.`,
  // 115
  `Hi, ${N('Roberto Funes')}, from El Salvador, I live here now, I'm a new patient. I need to know if you accept the Health Plan of Nevada. My member ID is ${H('HPN 81704456', 'h p n eight one seven oh, four four five six')}. ${PH('725-555-0130', 'seven two five, five five five, oh one three oh')}.`,
  // 116
  `Hi, this is ${N('Reggie Dominguez')}, I was at the North Las Vegas office yesterday afternoon and I was too dizzy to drive so my cousin picked me up. My truck's still in your lot, please don't tow it, it's a white Silverado, plate ${V('3BT-9421', 'three b t nine four two one')}. I'll get it tonight after my shift ends at ${T('11', 'eleven')}. ${PH('725-555-0192', 'seven two five, five five five, oh one nine two')}.`,
  // 117
  `Hello, this is ${N('Irene Castillo')}, my last four is ${SS('8126', 'eighty one twenty six')}, billing asked me to call back with it. I want to pay with the Amex, ${C('3782 910445 56172', 'three seven eight two, nine one oh four four five, five six one seven two')}. ${PH('702-555-0155', 'seven oh two, five five five, oh one five five')}. Thank you.`,
];
