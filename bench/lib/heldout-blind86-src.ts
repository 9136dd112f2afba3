/**
 * Blind held-out PHI gold set 86: the voicemail of a family-medicine and pediatrics clinic in Tulsa,
 * Oklahoma, with a satellite office in Tahlequah. Callers include Cherokee Nation and Muscogee (Creek)
 * citizens (tribal health cards, IHS and tribal-hospital referrals, Cherokee and Creek surnames and given
 * names, "Osiyo", "Wado", "Hensci"), Vietnamese-American families from east Tulsa, Latino families (some
 * Spanish mixed in), oil-field, pipeline and ranch workers from small towns and rural routes (Broken Arrow,
 * Okmulgee, Stilwell, Pryor, Sallisaw, county roads), grandparents raising grandchildren, and a few callers
 * over ninety. Tornado-season closures and losses, pharmacy refills and pharmacist calls, school and sports
 * physicals, DOT physicals, SoonerCare (Oklahoma Medicaid) member numbers, billing, records and referrals.
 * Some messages carry no PHI at all.
 * Conventions chosen where the dev corpus is silent:
 * - A courtesy title stays outside a NAME span ("Mrs. «Fourkiller»"); "Dr." stays inside PROVIDER.
 * - Clinicians, and staff of this clinic, pharmacies, labs, hospitals and other clinics named in their working
 *   role (a school nurse included) are PROVIDER; patients, callers, relatives and neighbours are NAME.
 * - A spelled-out name is its own NAME span; a first name said alone is NAME. Names that are also hospitals,
 *   schools, towns, streets or drugs ("W.W. Hastings Hospital", "Sequoyah", "Oral Roberts", "Allegra",
 *   "Garnett") are plain text when they name the place or thing.
 * - DATE covers full or partial calendar dates tied to a person (birth, visit, injury, guardianship, death,
 *   absence, due and delivery dates), "the «15th»" with "the" outside; weekdays, months or years alone,
 *   relative words, clock times, durations and card or DOT-card expiry are not labelled.
 * - Every callback or fax number of a person or outside business (pharmacy, school, tribal clinic, employer)
 *   is PHONE, a caller's extension inside; the clinic's own menu options and extensions are not labelled. An
 *   abandoned false start stays outside; a full repeat of the number is a new span.
 * - SoonerCare, Medicare and commercial member IDs, and a tribal health-card number given for tribal/IHS
 *   coverage, are HEALTH_PLAN_ID; group numbers are not labelled. Chart numbers (ours or a tribal
 *   hospital's) and portal IDs are MRN; billing account and workers' comp claim numbers are ACCOUNT; a full
 *   social or its last four is SSN; a CDL or nursing licence number is LICENSE; an insulin-pump or CGM serial
 *   is DEVICE; a licence plate is VEHICLE.
 * - ADDRESS: a street or rural-route address and/or the town where a patient or caller lives or is staying
 *   (a shelter's or an assisted-living home's town included; one span when said together). A town named only as the place of a pharmacy, school, job site, hospital
 *   or clinic is not labelled, nor is a county or a state alone.
 * - AGE only for ages over 89 (the number phrase alone); younger ages, doses, temperatures, lab values,
 *   weights, counts, money, room numbers and years are plain text.
 * - Spoken forms say numbers as the caller did ("nine one eight", "nine eighteen", "five double five",
 *   "oh" or "zero", pairs, "hundred"), emails with "at" and "dot"; commas in spoken parts are pauses.
 */
import { pause, q } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, T } = pause;
const V = (w: string, s: string): string => `«VEHICLE|${w}|${q(s)}»`;

export const BLIND86_MESSAGES: string[] = [
  // 1
  `Hi, this is ${N('Wilma Sixkiller')}, I'm calling about my grandson ${N('Dakota Sixkiller')}. I have custody of him and his little sister now. He needs his shot records for Sequoyah, the school, they won't let him start without them. His birthday is ${D('April 2nd, 2013', 'april second twenty thirteen')}. We usually go to the Tahlequah office. My number is ${PH('918-555-0142', 'nine one eight, five five five, oh one four two')}. Wado.`,
  // 2
  `Yeah, hey, this is ${N('Leonard Harjo')}. I got a referral from the Creek Nation hospital over in Okemah to see ${P('Dr. Whitebird')} about my sugar, and they said y'all would need my tribal health card number. It's ${H('MCN204817', 'm c n, two oh four, eight one seven')}. Date of birth ${D('8/19/61', 'eight nineteen sixty one')}. Call me at ${PH('918-555-0167', 'nine one eight five five five oh one six seven')}.`,
  // 3
  `Hi, my name is ${N('Linh Tran')}, I'm calling for my mother, ${N('Nguyen Thi Hoa')}, she doesn't speak much English. She needs a refill on her metformin, ${T('500', 'five hundred')} milligrams twice a day, and the amlodipine too. The pharmacy is the Walgreens on ${T('21st', 'twenty first')} and Garnett. Her birthday is ${D('February 9th, 1952', 'february ninth nineteen fifty two')}. You can call me back at ${PH('918-555-0115', 'nine one eight, five five five, zero one one five')}. Thank you.`,
  // 4
  `Hi, this is ${N('Rhonda Pickens')}. We had an appointment at ${T('2:15', 'two fifteen')} today for my daughter ${N('Kaylee')}, but they've got the sirens going out here in ${AD('Broken Arrow', 'broken arrow')} and I am not getting on the Creek Turnpike in this. Can somebody call me to reschedule? ${PH('918-555-0188', 'nine one eight five five five oh one eight eight')}.`,
  // 5
  `Hi, um, I was just wondering if y'all are open this afternoon, with the storms and all. The power's out on our side of town and I can't get your website to load. I'll just try back later. Thanks.`,
  // 6
  `Hello? Hello. This is ${N('Opal Whitaker')}. I'm ${AG('ninety-four', 'ninety four')} years old and I don't care for these machines. My nephew usually calls for me. I need my water pill, the, uh, the furosemide, I'm about out. I live out on ${AD('Route 3, Box 118, Okmulgee', 'route three box one eighteen okmulgee')}. My telephone is ${PH('918-555-0131', 'nine one eight, five five five, oh one three one')}. That's ${PH('918-555-0131', 'nine one eight, five five five, oh one three one')}. Thank you, honey.`,
  // 7
  `Hola, buenos días, this is ${N('Yesenia Ramírez')}. I want to make appointments for school physicals for my two kids, ${N('Mateo')} and ${N('Camila Ramírez')}. ${N('Mateo')} is going to play football at Union. They have SoonerCare, ${N('Mateo')}'s number is ${H('100482317', 'one zero zero four eight two three one seven')} and ${N('Camila')}'s is ${H('100482325', 'one zero zero four eight two three two five')}. My phone is ${PH('539-555-0124', 'five three nine, five five five, zero one two four')}. Gracias.`,
  // 8
  `Hey, this is ${N('Travis Dunnigan')}. I drive for a water-hauling outfit out of Okmulgee and I need a DOT physical, my medical card runs out at the end of the month. My CDL number is ${L('D902417736', 'd nine oh two, four one seven, seven three six')}. I'm on a ${T('14', 'fourteen')} and ${T('7', 'seven')} schedule so it'd have to be after the ${D('22nd', 'twenty second')}. Call me at ${PH('918-555-0183', 'nine one eight five five five oh one eight three')}, leave a message if I don't pick up, the signal's bad on location.`,
  // 9
  `Hi, this is ${P('Chad')}, pharmacist at the Reasor's on ${T('71st', 'seventy first')} Street, calling about a prescription for ${N('Bao Pham')}, date of birth ${D('11/30/2017', 'eleven thirty twenty seventeen')}. It's written for amoxicillin ${T('400', 'four hundred')} per ${T('5 mL', 'five m l')}, ${T('10 mL', 'ten m l')} twice a day, and with the weight we have on file, ${T('18', 'eighteen')} kilos, that looks a little high. Could ${P('Dr. Lam')} or a nurse call us back at ${PH('918-555-0176', 'nine one eight five five five zero one seven six')}? Thanks.`,
  // 10
  `Yes ma'am, this is ${N('Ray Hummingbird')}, that's ${N('H-U-M-M-I-N-G-B-I-R-D')}. I'm raising my two grandkids and the youngest, ${N('Ahyoka')}, she's had this ear thing going on a week now, pulling at it, won't sleep. We're out by ${AD('Stilwell', 'stilwell')}, so the Tahlequah office is closer if they've got anything tomorrow. ${PH('918-555-0129', 'nine one eight, five five five, oh one twenty nine')}.`,
  // 11
  `Hello, my name is ${N('Quang Vo')}. My son ${N('Kevin Vo')}, he is four, he has fever since last night, ${T('102.5', 'one oh two point five')}. I give him Tylenol at ${T('6', 'six')} o'clock. He is patient of ${P('Dr. Nguyen')}. Can I bring him today? My phone ${PH('918-555-0153', 'nine one eight, five five five, oh one five three')}. Thank you.`,
  // 12
  `Hi, this is ${N('Tasha Yahola')}. I'm calling to update my address, we moved. It's ${AD('1407 East 7th Street, Okmulgee, OK 74447', 'fourteen oh seven east seventh street okmulgee oklahoma seven four four four seven')}. Phone's the same. I think the kids' SoonerCare cards got new numbers too, I'll bring them Thursday. Thanks.`,
  // 13
  `Good afternoon, my name is ${N('Dustin Cornsilk')}, date of birth ${D('January 14th, 1988', 'january fourteenth nineteen eighty eight')}. I need my records from the last two years sent to the Cherokee Nation clinic in Stilwell, I'm switching over there. You can email me the release form at ${E('dcornsilk88@gmail.com', 'd cornsilk eighty eight at gmail dot com')}. Thank you.`,
  // 14
  `Hi, this message is for billing. I pressed ${T('2', 'two')} like the recording said and it sent me here. I paid the ${T('$40', 'forty dollar')} copay online on Monday and it's still showing a balance. I'll just call back after lunch.`,
  // 15
  `Hi, this is ${N('Loretta Bearpaw')}, I want to pay on my bill over the phone. The account number is ${AC('558130', 'five five eight, one three oh')}. It's a Visa, ${C('4716 0342 8815 2719', 'four seven one six, oh three four two, eight eight one five, two seven one nine')}, expires ${T('09/27', 'oh nine twenty seven')}. Put a hundred dollars on it, please. If there's a problem my number is ${PH('918-555-0164', 'nine one eight, five five five, oh one sixty four')}.`,
  // 16
  `Hi, this is ${P('Brenda Crittenden')}, the school nurse at Hulbert Elementary. I'm calling about ${N('Jayden Tehee')}. We don't have an asthma action plan on file for him and the label on his albuterol is expired. His grandma said you'd fax it over. Our fax is ${PH('918-555-0109', 'nine one eight five five five oh one oh nine')}. Thank you.`,
  // 17
  `Hi, this is ${N('Janice Ketcher')}, I'm calling for my dad, ${N('Elmer Ketcher')}, he's ${AG('ninety-one', 'ninety one')}. He fell Sunday, nothing broken, they checked him at Hillcrest, but the ER said to follow up with ${P('Dr. Brennan')} within the week. He lives with me now in ${AD('Pryor', 'pryor')}, so either office is fine, whichever's sooner. ${PH('918-555-0190', 'nine one eight, five five five, zero one ninety')}.`,
  // 18
  `Hey, uh, ${N('Cody Blevins')}. Got my hand caught in a gate working cattle out past Sallisaw, it's swole up pretty good. Not sure if I need an X-ray or not. I ain't got insurance right now so I'd like to know what a visit runs. ${PH('918-555-0172', 'nine one eight, five five five, oh one seventy two')}.`,
  // 19
  `Hi, this is ${N('Phuong Le')}, I'm returning a call from the nurse, ${P('Angie')}, about my daughter ${N('Emily')}'s strep test. My number is ${T('918-555-01', 'nine one eight five five five oh one')}, sorry, let me start over. ${PH('918-555-0136', 'nine one eight, five five five, oh one three six')}. Thank you.`,
  // 20
  `Hensci, this is ${N('Marvin Tiger')}. I'm calling about my wife, ${N('Roberta')}. Her glucose strips aren't going through now, the pharmacy says it needs a prior authorization. SoonerCare is her secondary, her ID is ${H('201736458', 'two oh one, seven three six, four five eight')}. The pharmacy is the one in Henryetta, their number is ${PH('918-555-0118', 'nine one eight five five five oh one one eight')}. Ours is ${PH('918-555-0147', 'nine one eight five five five oh one four seven')}. Mvto.`,
  // 21
  `Hi, this is ${N('Darlene Fourkiller')}. I've got guardianship of my granddaughter ${N('Aiyana Fourkiller')} now, the judge signed it on the ${D('3rd', 'third')}, and I need to be put down as the one who can sign for her. Her mom's not in the picture. I can bring the papers in. Her birthday's ${D('July 30th, 2016', 'july thirtieth twenty sixteen')}. ${PH('918-555-0151', 'nine one eight, five five five, oh one five one')}.`,
  // 22
  `Hello, this is ${P('Dr. Adam Cloud')} with the Claremore Indian Hospital, calling for ${P('Dr. Whitebird')} about a mutual patient, ${N('Sherry Proctor')}, date of birth ${D('June 27th, 1979', 'june twenty seventh nineteen seventy nine')}. Her echo came back and I'd like to talk it over. My direct line is ${PH('918-555-0107', 'nine one eight five five five zero one zero seven')}, or have me paged through the operator.`,
  // 23
  `Hi, it's ${N('Bobby Joe Satterfield')}. Our house got hit Saturday night and we're staying with my sister in ${AD('Coweta', 'coweta')} for now, so don't mail anything to the old place. My wife's inhaler and my blood pressure pills were in the house, so we need new ones sent to the Walmart in Coweta. ${PH('918-555-0194', 'nine one eight, five five five, oh one nine four')}. Thank you all.`,
  // 24
  `Hello, this is ${N('Virgil Drowningbear')}. They sent me a new Medicare card and I'm supposed to give you the number. It's ${H('4KD7-XM3-PN82', 'four k d seven, x m three, p n eight two')}. I'm ${AG('ninety-two', 'ninety two')} and I can barely read the little print so you might want to check it. My phone is ${PH('918-555-0125', 'nine one eight five five five oh one two five')}. Thank you.`,
  // 25
  `Hi, this is ${N('Kristen Walkingstick')}. I can't get into the patient portal, it keeps saying my email doesn't match. The one on file might be my old one. My new email is ${E('kris.walkingstick@outlook.com', 'kris dot walkingstick at outlook dot com')}, and my chart number is ${M('TQ0048815', 't q zero zero four eight eight one five')}. Thanks.`,
  // 26
  `Osiyo, this is ${N('Wesley Soap')}. I was seen at the Tahlequah office on ${D('Tuesday the 11th', 'tuesday the eleventh')} for my back and the PA said she'd send a muscle relaxer, but the pharmacy in Park Hill says they never got it. Could you check? ${PH('918-555-0159', 'nine one eight, five five five, oh one fifty nine')}.`,
  // 27
  `Hi, this is ${N('Marisol Fuentes')}. My son ${N('Adrián')} needs his Allegra and the Flovent refilled, and the nurse at Jenks Middle needs a new medication form for the Flovent. He's in ${T('7th', 'seventh')} grade. You can reach me at ${PH('918-555-0178', 'nine one eight five five five zero one seven eight')}. Thank you so much.`,
  // 28
  `Hello, I am ${N('Bui Van Thanh')}, grandfather of ${N('Anna Bui')}. Her mother is in the Army, overseas, so ${N('Anna')} live with us now. She need the shots for kindergarten. Her birthday ${D('September 12, 2019', 'september twelve twenty nineteen')}. Please call my son-in-law ${N('Tony')}, his English is better, ${PH('918-555-0133', 'nine one eight, five five five, oh one three three')}. Thank you.`,
  // 29
  `Hi, my name is ${N('Esteban Morales')}, I hurt my back at work on the ${D('2nd', 'second')}, lifting pipe on a lease up by Pryor. My employer's comp carrier gave me a claim number, ${AC('WC4471902', 'w c four four seven one nine oh two')}, and they said I need to see somebody on their list and y'all are on it. My phone is ${PH('539-555-0102', 'five three nine, five five five, oh one oh two')}. Gracias.`,
  // 30
  `Hey, it's ${N('Jolene Cagle')}. The pharmacy won't fill ${N('Braxton')}'s Vyvanse, the ${T('30', 'thirty')} milligram, without a new prescription because it's a controlled one. He's out as of today and he's got a test at school Friday. Please have ${P('Dr. Okafor')} send it to the CVS on Kenosha in Broken Arrow. ${PH('918-555-0138', 'nine one eight five five five oh one three eight')}, or my husband ${N('Jake')}, ${PH('918-555-0139', 'nine one eight five five five oh one three nine')}.`,
  // 31
  `Hi, congratulations to me I guess, this is ${N('Paisley Rowe')}, I had my baby on ${D('May 28th', 'may twenty eighth')} at Saint Francis. Her name is ${N('Wren Rowe')}. They told us to bring her in to see the pediatrician within a couple days of discharge. She was ${T('7', 'seven')} pounds ${T('2', 'two')} ounces. We're on SoonerCare. Call me at ${PH('918-555-0103', 'nine one eight, five five five, oh one oh three')}.`,
  // 32
  `This is ${P('Rochelle')} from the lab at Hillcrest calling with a critical value on ${N('Gerald Barnett')}, date of birth ${D('3/2/48', 'three two forty eight')}. Potassium is ${T('6.4', 'six point four')}. Please call back at ${PH('918-555-0111', 'nine one eight five five five oh one one one')}, extension, no, sorry, just ask for the lab.`,
  // 33
  `Hi, this is the shredding company, we have you down for a pickup on Thursday between ${T('10', 'ten')} and noon. If that doesn't work, call the main office. Thank you.`,
  // 34
  `Buenas tardes, habla ${N('Guadalupe Herrera')}. My daughter ${N('Ximena')} has the, the rash on her arms, little bumps, and it itches a lot. The school sent her home. Do I need to bring her in or can I use the cream? My number is ${PH('918-555-0181', 'nine one eight five five five zero one eight one')}. Otra vez, ${PH('918-555-0181', 'nine one eight, five five five, zero one, eight one')}. Thank you.`,
  // 35
  `Hi, um, this is ${N('Deanna Chupco')}. I had my gallbladder taken out in ${D("June of '98", 'june of ninety eight')} and the new insurance wants the surgery history, do you have the records from that, or was that before I came here? Date of birth ${D('10/5/70', 'ten five seventy')}. ${PH('918-555-0146', 'nine one eight five five five oh one four six')}.`,
  // 36
  `Hello, this is ${N('Margaret Vann')}. I'm calling because my husband, ${N('Harold Vann')}, passed away on ${D('March 2nd', 'march second')}, and the reminder calls keep coming for his appointments. Could you please take him off? Thank you.`,
  // 37
  `Hey, ${N('Dalton Reeves')} here, I need a work excuse. I was out sick from the ${D('10th', 'tenth')} to the ${D('14th', 'fourteenth')} and I saw ${P('Dr. Brennan')} on the ${D('11th', 'eleventh')}. The rig supervisor wants it faxed to ${PH('405-555-0117', 'four oh five, five five five, oh one one seven')}. Thanks.`,
  // 38
  `Hi, this is ${N('Tuan Nguyen')}, I'm a new patient, I want to set up an appointment. My social is ${SS('512-55-0143', 'five one two, five five, oh one four three')}, my birthday is ${D('December 1st, 1984', 'december first nineteen eighty four')}. I live at ${AD('3120 South 129th East Avenue, Tulsa', 'thirty one twenty south one twenty ninth east avenue tulsa')}. My cell is ${PH('918-555-0161', 'nine one eight five five five oh one six one')}. Thank you.`,
  // 39
  `Hi, this is ${N('Kimberly Swimmer')}. ${N('Noah')}'s insulin pump is alarming, it says motor error, and the company says they need a letter from his doctor to replace it. The serial number on the back is ${DV('PM5120478', 'p m five one two oh four seven eight')}. ${N('Noah Swimmer')}, birthday ${D('1/17/2012', 'one seventeen twenty twelve')}. Please call ${PH('918-555-0157', 'nine one eight, five five five, oh one five seven')}, it's kind of urgent.`,
  // 40
  `Hi, yeah, so, this is kind of embarrassing, this is ${N('Colton Pruitt')}. I was backing out at the Tahlequah office this morning and I think I clipped a maroon Tahoe parked by the side door. I left a note but it blew off. The plate was ${V('KTR-482', 'k t r four eight two')}. If you can find out whose it is, my number is ${PH('918-555-0186', 'nine one eight, five five five, oh one eight six')}. Sorry about that.`,
  // 41
  `Yes, this is ${N('Clara Belle Tucker')}, and I'll be ${AG('100', 'a hundred')} in August, so you'll forgive me if I ramble. I need my eye drops, the ones for the glaucoma, the pharmacy says they need the doctor's okay. It's the Reasor's in Sapulpa. My granddaughter ${N('Misty')} can come get them. She's at ${PH('918-555-0104', 'nine one eight, five five five, oh one oh four')}.`,
  // 42
  `Hi, this is ${N('Samantha Deere')}, we live in ${AD('Okmulgee', 'okmulgee')}. My son ${N('Hunter')} needs a sports physical before ${D('August 4th', 'august fourth')}, basketball. He has Muscogee Nation health coverage, do y'all take that, or do I need a referral from the Okmulgee clinic first? ${PH('918-555-0128', 'nine one eight, five five five, oh one two eight')}.`,
  // 43
  `Hi, it's ${N('Thuy Huynh')}, I got a message to call about my mammogram results? I'm at the shop till ${T('7', 'seven')}, so the best time is after that, or before ${T('9:30', 'nine thirty')} in the morning. ${PH('918-555-0135', 'nine eighteen, five five five, oh one thirty five')}.`,
  // 44
  `Hi, I'm calling about the Tahlequah office, is it going to be open Saturday? The flyer said flu shots Saturday from ${T('9', 'nine')} to ${T('1', 'one')} but then I heard y'all had storm damage. Just want to know before I drive in. Thanks.`,
  // 45
  `Good morning. ${N('Lucille Pigeon')}. I'm ${AG('ninety-six', 'ninety six')} and my daughter passed last year so it's just me now. I need somebody to call me about my blood pressure medicine, I think I took two this morning by mistake. I feel all right. ${PH('918-555-0171', 'nine one eight five five five oh one seven one')}. I'm at ${AD('22840 East 790 Road, Tahlequah', 'twenty two eight forty east seven ninety road tahlequah')}.`,
  // 46
  `Hi, this is ${P('Tonya')} at the front desk in Tahlequah, this is for ${P('Misty')} in Tulsa. We've got ${T('3', 'three')} patients on the schedule tomorrow for ${P('Dr. Whitebird')} who need to be moved to Thursday, I put them in the shared folder. Call me at extension ${T('214', 'two fourteen')}.`,
  // 47
  `Hi, my name is ${N('Alejandro Vega')}, date of birth ${D('July 4th, 1990', 'july fourth nineteen ninety')}. I was supposed to come in on the ${D('19th', 'nineteenth')} but that was the day of the tornado warning and everything shut down. I need to reschedule my follow-up for my blood pressure. ${PH('918-555-0179', 'nine one eight five five five oh one seven nine')}.`,
  // 48
  `Hey, this is ${N('Shane Kingfisher')}. I had a cut on my leg from barbed wire last week and I think it's getting infected, it's red and hot, real tender. I don't know when I had my last tetanus shot. I'm out on ${AD('County Road 4460, Pryor', 'county road forty four sixty pryor')}. Call me at ${PH('918-555-0123', 'nine one eight, five five five, oh one two three')}.`,
  // 49
  `Hi, this is ${N('Mai Dang')}, I am calling for my grandmother ${N('Dang Thi Sen')}, she is ${AG('ninety-three', 'ninety three')}. She cannot come to the office anymore, can ${P('Dr. Lam')} do a telehealth visit? She lives with us, at ${AD('1815 South 145th East Avenue, Tulsa, 74108', 'eighteen fifteen south one forty fifth east avenue tulsa seven four one oh eight')}. Please call ${PH('918-555-0145', 'nine one eight, five five five, zero one four five')}. Thank you.`,
  // 50
  `Hello, I'm calling from Oral Roberts University, the athletics office, we need the physical forms for the summer camp kids signed by a physician. There's no rush, we'll send them over. Have a good day.`,
  // 51
  `Hi, it's ${N('Crystal Glass')}. My kids ${N('Ryder')}, ${N('Paisley')} and ${N('Bentley')} all need their well-child checks, can I bring all three at once? They're on SoonerCare, the case number is on the card, I'll bring it. ${N('Ryder')}'s birthday is ${D('October 9th', 'october ninth')} if that helps find them. Number is ${PH('918-555-0197', 'nine one eight, five double five, oh one nine seven')}.`,
  // 52
  `Yeah, this is ${N('Earl Christie')}. The doctor over at the Jack C. Montgomery VA in Muskogee started me on Eliquis and I want ${P('Dr. Brennan')} to know about it, since he's got me on the aspirin too. Five milligrams twice a day. ${PH('918-555-0112', 'nine one eight, five five five, oh one one two')}.`,
  // 53
  `Hi, good morning, this is ${N('Precious Beaver')}, my son ${N('Isaiah')} has his well-child check on ${D('Friday, June 6th', 'friday june sixth')} at ${T('10:40', 'ten forty')} and I need to push it back a week. Same time if you have it. Please text or call ${PH('539-555-0156', 'five three nine, five five five, oh one fifty six')}.`,
  // 54
  `Hello, this is ${N('Hoang Minh Khoa')}. My wife ${N('Phuong')} and I both need our flu shots and COVID boosters. Do we need an appointment or can we just walk in? Our insurance is Blue Cross, my member ID ${H('ZGP447120983', 'z g p, four four seven, one two oh, nine eight three')}, group ${T('283340', 'two eight three three four oh')}. Phone number ${PH('918-555-0169', 'nine one eight, five five five, oh one six nine')}.`,
  // 55
  `Hi, this message is for ${P('Shawna')}, the nurse practitioner. This is ${N('Jessie Rattler')}, she asked me to call with my blood sugars for the week. Morning numbers were ${T('142', 'one forty two')}, ${T('138', 'one thirty eight')}, ${T('151', 'one fifty one')}, and ${T('129', 'one twenty nine')} this morning. I'm taking the ${T('20', 'twenty')} units at night like she said. ${PH('918-555-0182', 'nine one eight five five five oh one eight two')}.`,
  // 56
  `Hi. ${N('Becky Sue Harlan')}, ${N('H-A-R-L-A-N')}. I'm calling about my mother, ${N('Ida Mae Harlan')}, she's ${AG('ninety', 'ninety')} and she's been more confused the last couple days, and she's going to the bathroom a lot. I'm wondering if it's another UTI. She's at Grand Lake Villa in ${AD('Grove', 'grove')}, room ${T('14', 'fourteen')}. Call me at ${PH('918-555-0126', 'nine one eight, five five five, oh one two six')}.`,
  // 57
  `Hi, this is ${N('Ashley Goback')}, I got a bill for ${N('Lane')}'s visit on ${D('February 3rd', 'february third')}, but SoonerCare should have paid that. Can someone rebill it? His SoonerCare number is ${H('300917442', 'three zero zero, nine one seven, four four two')}, and the statement account is ${AC('77104-2', 'seven seven one oh four dash two')}. Thanks. ${PH('918-555-0116', 'nine one eight five five five oh one one six')}.`,
  // 58
  `Hey, it's ${N('Wade Littledave')}, calling for my grandpa, ${N('Sam Littledave')}. He's out of his oxygen and the supply company says his prescription has to be renewed every year. He's in ${AD('Westville', 'westville')}. The supply company is ${PH('918-555-0165', 'nine one eight, five five five, oh one sixty five')}, and I'm at ${PH('918-555-0166', 'nine one eight, five five five, oh one sixty six')}.`,
  // 59
  `Hola, this is ${N('María José Salinas')}. Mi esposo, ${N('Rubén')}, he cut his finger at the chicken plant, they put stitches at the urgent care on Sunday and they said take them out in ${T('10', 'ten')} days. Can he come to you for that? He's ${T('46', 'forty six')}, birthday ${D('4/22/78', 'four twenty two seventy eight')}. ${PH('918-555-0184', 'nine one eight, five five five, oh one eight four')}.`,
  // 60
  `Hi, I'm calling for ${N('Tsianina Bighorse')}, this is her mom, ${N('Dawn Bighorse')}. She's a student at Northeastern and her birth control prescription ran out, she's going to the pharmacy on Muskogee Avenue in Tahlequah. Her birthday's ${D('November 20th, 2004', 'november twentieth two thousand four')}. Thanks, bye.`,
  // 61
  `Hi, it's ${N('Vanessa Thlocco')}. I was in with ${N('Jonah')} last week for his cough and the doctor said to call if it wasn't better in three days. It's not better, he's still coughing at night and now his sister's got it. ${PH('918-555-0148', 'nine one eight, five five five, oh one four eight')}.`,
  // 62
  `Hi, yes, I need to cancel, um, ${N('Jeremiah Fixico')}'s appointment tomorrow. We're staying at the shelter in ${AD('Henryetta', 'henryetta')} since the storm and I don't have a way to get there. I'll call back when we get our car back. This is his mom, ${N('Kendra')}.`,
  // 63
  `Hi, this is ${P('Lori')} with ${P('Dr. Patel')}'s office at the Warren Clinic, orthopedics. We received a referral for ${N('Jamal Crutcher')} but we're missing the X-ray report and insurance info. Can you fax that to ${PH('918-555-0140', 'nine one eight, five five five, oh one four oh')}? Date of birth on the referral is ${D('8/8/95', 'eight eight ninety five')}. Thanks.`,
  // 64
  `Good morning. This message is for ${P('Dr. Whitebird')}. This is ${N('Edna Squirrel')}. I wanted to say thank you for taking such good care of my husband these last years. He went peacefully on the ${D('14th', 'fourteenth')}. I'll be needing an appointment myself sometime, I'll call. God bless.`,
  // 65
  `Hey, this is ${N('Tyler Rackley')}, I called about the refill on my lisinopril yesterday and the pharmacy still doesn't have it. It's the Walmart on Memorial. ${T('20', 'twenty')} milligrams. I've been out two days. ${PH('918-555-0199', 'nine one eight five five five oh one nine nine')}.`,
  // 66
  `Hi, my name is ${N('Ngoc Anh Pham')}. My son ${N('Bao')} saw ${P('Dr. Lam')} last week and the pharmacist called about the dose. Did you send the new one? Also my phone number change, the new one is ${PH('918-555-0174', 'nine one eight, five five five, oh one seven four')}. Thank you.`,
  // 67
  `Hi, this is ${N('Justin Smoke')}. I need to get my son ${N('Logan')} in for his ${T('11', 'eleven')}-year shots before school starts. He goes to Sequoyah. I'm off on Mondays and Fridays. ${PH('918-555-0121', 'nine one eight, five five five, zero one two one')}.`,
  // 68
  `Hey there, this is ${N('Carl Dreadfulwater')}, ${N('D-R-E-A-D-F-U-L-W-A-T-E-R')}. I got a letter saying my chart number changed when y'all switched computer systems, and the new one is ${M('40029317', 'four double oh two, nine three one seven')}. I just wanted to make sure my insurance got moved over too. My number is ${PH('918-555-0132', 'nine one eight five five five oh one three two')}.`,
  // 69
  `Hi, I'm calling from the Cherokee Nation Purchased and Referred Care office, this is ${P('Rebecca')}. We've approved the referral for ${N('Anthony Sequichie')} to be seen at your clinic. His chart number with us is ${M('W0381174', 'w zero three eight one one seven four')}. If you have questions you can reach me at ${PH('918-555-0110', 'nine one eight, five five five, oh one one oh')}.`,
  // 70
  `Hello, yes, this is ${N('Lester Wolfe')}. I had an appointment today but I'm stuck out on the highway, there's a wreck on the Muskogee Turnpike and nobody's moving. I'm not going to make my ${T('9:45', 'nine forty five')}. Please call me back, ${PH('918-555-0143', 'nine one eight, five five five, oh one forty three')}.`,
  // 71
  `Hi, this is ${N('Ana Lucía Mendoza')}, I live at ${AD('4218 East Admiral Place, Apartment 6, Tulsa', 'forty two eighteen east admiral place apartment six tulsa')}. My son ${N('Diego Mendoza')} needs his shots, he's in the WIC program and they told me to call here. My phone is ${PH('539-555-0175', 'five three nine, five five five, zero one seventy five')}. Hablan español?`,
  // 72
  `Hi, this is ${N('Darrell Barnoskie')}, I had the ${T('30', 'thirty')}-minute appointment this morning and I forgot to ask about my CPAP. My old machine quit. Serial number on it is ${DV('23171645289', 'two three one seven one six four five two eight nine')}, if the supply place needs it. And my date of birth is ${D('5/15/66', 'five fifteen sixty six')}. ${PH('918-555-0119', 'nine one eight five five five oh one one nine')}.`,
  // 73
  `Hi, this is ${N('Madison Leaf')} from ${AD('Pryor', 'pryor')}, I'm calling to schedule a pregnancy test, or a visit, I guess. My last period was ${D('April 3rd', 'april third')}. I'm not sure who to see, can somebody call me? ${PH('918-555-0152', 'nine one eight five five five zero one five two')}.`,
  // 74
  `Hey, it's ${N('Bonnie Catcher')}, I'm the one that takes care of my grandkids, ${N('Trey')} and ${N('Lacey')}. I need to know if their shots are up to date for day care, they need it by Monday. ${N('Trey')} is ${D('3/9/2020', 'three nine twenty twenty')} and ${N('Lacey')} is ${D('12/15/2021', 'twelve fifteen twenty twenty one')}. ${PH('918-555-0134', 'nine one eight, five five five, oh one thirty four')}.`,
  // 75
  `Hi, I'm calling to let y'all know the Broken Arrow Walgreens on ${T('51st', 'fifty first')} is closed because of the storm damage, so any prescriptions going there today won't get filled. Just a heads-up. Thanks.`,
  // 76
  `Hi, this is ${N('Gloria Emarthla')}. My email changed, it's ${E('gloria.emarthla@yahoo.com', 'gloria dot e m a r t h l a at yahoo dot com')}, that's ${N('E-M-A-R-T-H-L-A')}. The portal is still sending stuff to the old one. My date of birth is ${D('9/9/57', 'nine nine fifty seven')}.`,
  // 77
  `Hi, I'm a home health nurse with Green Country Home Care, ${P('Tammy Stopp')}, calling about ${N('Orville Feather')}. He's ${AG('ninety-seven', 'ninety seven')}, and his legs are more swollen this week, pitting edema, up ${T('4', 'four')} pounds since Monday. I'd like orders to increase his Lasix. My license number is ${L('R0917734', 'r zero nine one seven seven three four')} if you need it for the orders. Please call ${PH('918-555-0170', 'nine one eight, five five five, zero one seventy')}.`,
  // 78
  `Hey, this is ${N('Jimmy Don Pettit')}. Just calling to see if my blood work came back. ${PH('918-555-0163', 'nine one eight five five five oh one six three')}. Thanks.`,
  // 79
  `Hi, this is ${N('Nguyen Van Long')}. I have appointment on ${D('Wednesday the 14th', 'wednesday the fourteenth')} with ${P('Dr. Nguyen')}, but I need to change. No relation, ha. Any day after ${T('3', 'three')} o'clock is good. My number is ${PH('918-555-0108', 'nine one eight, five five five, oh one oh eight')}.`,
  // 80
  `Hello, this is ${N('Pauline Comingdeer')}, I'm calling for my great-grandmother, ${N('Annie Comingdeer')}. She's ${AG('101', 'a hundred and one')}. She has a rash on her back and we think it's shingles. She lives in ${AD('Marble City', 'marble city')} and doesn't travel well. Could somebody call me at ${PH('918-555-0187', 'nine one eight, five five five, oh one eight seven')}?`,
  // 81
  `Hi, it's ${N('Courtney Blackfox')}, I have a question about ${N('Mason')}'s medicine. He's ${T('2', 'two')} and weighs ${T('26', 'twenty six')} pounds, and I wasn't sure how much children's Motrin to give him. The box only goes by age. Can a nurse call me? ${PH('918-555-0113', 'nine one eight, five five five, oh one one three')}.`,
  // 82
  `Hi, this is ${N('Kenneth Wildcat')}. I need a refill on my Trulicity, the ${T('1.5', 'one point five')}. The pharmacy at the Creek Nation clinic in Okmulgee usually fills it, their number's ${PH('918-555-0144', 'nine one eight, five five five, oh one four four')}. Date of birth ${D('2/28/59', 'two twenty eight fifty nine')}. Mvto.`,
  // 83
  `Hey, ${N('Amber')} here, ${N('Amber Nichols')}. My grandson ${N('Kaiden')} is living with me now and I need to add my phone number as the contact. It's ${PH('918-555-0189', 'nine one eight, five five five, oh one eight nine')}. The old number, ${PH('918-555-0154', 'nine one eight, five five five, oh one five four')}, that's his mom's, don't call that one anymore.`,
  // 84
  `Hi, uh, yeah, I'm calling about a referral for an MRI. My doctor, ${P('Dr. Okafor')}, ordered it and the imaging place said they never got the authorization. It's ${N('Brandon Sumpter')}. ${N('S-U-M-P-T-E-R')}. Call me back at ${PH('918-555-0130', 'nine one eight, five five five, oh one three oh')}.`,
  // 85
  `Hello, I'm calling from the Tulsa Health Department, immunization program. We're doing our quarterly check of the vaccine refrigerator logs, and we're missing last month's. Please fax them to the number on the form. Thank you.`,
  // 86
  `Hi, my name is ${N('Lan Huynh')}, I want to pay my bill with my card. My account is ${AC('660281', 'six six zero two eight one')}. The card is ${C('5422 1890 7734 0164', 'five four two two, one eight nine oh, seven seven three four, oh one six four')}. Expires ${T('3/28', 'three twenty eight')}. Pay ${T('$75', 'seventy five dollars')}. Thank you. ${PH('918-555-0195', 'nine one eight five five five oh one nine five')}.`,
  // 87
  `Hey, it's ${N('Wyatt Bowlin')}, I've got a rash on my arms and neck, I think it's poison ivy, I was clearing brush on my place outside ${AD('Sallisaw', 'sallisaw')}. It's spreading. Can the doctor call something in? The pharmacy's the Harps in Sallisaw. ${PH('918-555-0127', 'nine one eight, five five five, oh one twenty seven')}.`,
  // 88
  `Hi, this is ${N('Yolanda Ortiz')}, I'm calling for my mom, ${N('Rosa Ortiz')}. Her SoonerCare ID is ${H('400572918', 'four zero zero, five seven two, nine one eight')}, and she got a letter that she's due for a diabetic eye exam. Can you help with the referral? My number, ${PH('918-555-0168', 'nine one eight five five five zero one six eight')}.`,
  // 89
  `Hi, this is the answering service for the clinic. Overnight we took one call, a parent asking about a fever, and the on-call provider handled it. Nothing else to report. Thanks.`,
  // 90
  `Hello, this is ${N('Cheryl Chuculate')} and I'm calling about my ${T('8', 'eight')}-year-old, ${N('Kiona')}. She's been having belly pain on and off for a month, mostly before school. I'd like to get her in with ${P('Dr. Okafor')} when there's an opening. Her birthday is ${D('January 2nd, 2017', 'january second twenty seventeen')}. ${PH('918-555-0120', 'nine one eight, five five five, oh one twenty')}.`,
  // 91
  `Hi, ${N('Tommy Girty')}. Just got a voicemail from y'all about my results but it cut out. Call me back at ${PH('918-555-0141', 'nine one eight five five five zero one four one')}. Thanks.`,
  // 92
  `Hey, this is ${N('Derek Haney')}, I work on a pipeline crew and we're heading to West Texas for a month, leaving Sunday. I need my refills early, all three of them, the metformin, the atorvastatin and the lisinopril. Can you send them today to the Walgreens in Okmulgee? Date of birth ${D('3/31/81', 'three thirty one eighty one')}. ${PH('918-555-0114', 'nine one eight five five five oh one fourteen')}.`,
  // 93
  `Hi, I'm calling for my dad, ${N('Vernon Coachman')}, he's ${AG('ninety-five', 'ninety five')}, he has an appointment with ${P('Dr. Brennan')} tomorrow, but he's got a cold so we're going to cancel. I'm his daughter, ${N('Carol')}. ${PH('918-555-0155', 'nine one eight, five five five, oh one fifty five')}.`,
  // 94
  `Hi, this is ${N('Melody Pumpkin')}, I'm calling about my son ${N('Eli')}'s ADHD meds, he needs his Focalin refilled, the ${T('10', 'ten')} milligram. We're at ${AD('Route 1, Box 62, Vian, OK 74962', 'route one box sixty two vian oklahoma seven four nine six two')}. Send it to the Walmart in Sallisaw. ${PH('918-555-0173', 'nine one eight, five five five, oh one seventy three')}.`,
  // 95
  `Hi, this is ${N('Bich Ngoc Tran')}. I have a question about my daughter, ${N('Vivian Tran')}. She had her shot on ${D('Monday, March 10th', 'monday march tenth')}, and now her arm is very red and swollen. Is this normal? Please call me, ${PH('918-555-0106', 'nine one eight, five five five, oh one oh six')}.`,
  // 96
  `Hi, this is ${N('Junior Bucktrot')}. Y'all left me a message about a lab, I think it was cholesterol. I'm at work till ${T('5:30', 'five thirty')} at the refinery. You can call my wife, ${N('Sheila')}, she knows everything. ${PH('918-555-0105', 'nine one eight, five five five, zero one oh five')}.`,
  // 97
  `Hello, my name is ${N('Stanley Roughface')}, I'm calling for my mother, ${N('Nellie Roughface')}. She's ${AG('ninety-eight', 'ninety eight')} and lives with me in ${AD('Locust Grove', 'locust grove')}. She's been coughing and she's short of breath. We don't want to take her to the ER unless we have to. ${PH('918-555-0193', 'nine one eight five five five oh one nine three')}.`,
  // 98
  `Hi, this is ${N('Elena Cortez')}, I'm calling about the sports physical form for my daughter ${N('Valeria')}. The school needs the doctor's signature on page ${T('2', 'two')} and it's blank. Can you fix that? I'm at ${PH('918-555-0122', 'nine one eight five five five oh one two two')}, or my work, ${PH('918-555-0100 extension 312', 'nine one eight five five five oh one hundred extension three twelve')}.`,
  // 99
  `Hey, ${N('Gary Wayne Colbert')}. I got stung by a wasp last time and swelled up something awful, and I'm going back out to the ranch next week. Could the doctor call in one of those EpiPens? ${PH('918-555-0196', 'nine one eight, five five five, oh one nine six')}. Thanks.`,
  // 100
  `Hi, it's ${N('Amanda Leaf')}, ${N('Madison')}'s mom. I'm calling to add myself to her HIPAA form so I can get her results. She's ${T('19', 'nineteen')}, she said it's fine. Her date of birth is ${D('6/12/2005', 'six twelve two thousand five')}. ${PH('918-555-0150', 'nine one eight five five five oh one five oh')}.`,
  // 101
  `Hello, this is ${N('Donald Blalock')}, I'm a patient at the Tahlequah office. I need to get my DOT physical paperwork, I'm driving for the chicken plant now. My license is ${L('C118204479', 'c one one eight, two oh four, four seven nine')}. ${PH('918-555-0185', 'nine one eight five five five oh one eight five')}.`,
  // 102
  `Hi, I'm calling from the Walgreens on Harvard, pharmacy, for ${P('Dr. Lam')}. We have a patient, ${N('Trinh Do')}, who is allergic to penicillin and we received a prescription for Augmentin. Can we switch to azithromycin? Please call us at ${PH('918-555-0162', 'nine one eight five five five oh one six two')}. Thanks.`,
  // 103
  `Hi, this is ${N('Cindy Pham')}. I want to make an appointment for my husband, he has a lot of back pain, he works at the oil change place. His name is ${N('Vinh Pham')}, date of birth ${D('8/15/76', 'eight fifteen seventy six')}. My number is ${PH('918-555-0160', 'nine one eight, five five five, oh one sixty')}.`,
  // 104
  `Hey, this is ${N('Colt Hensley')}, my daughter ${N('Brynlee')} got thrown off a horse Saturday at the rodeo grounds in Pryor. They did X-rays in the ER, no break, but she's still limping. They said follow up with her pediatrician. Her date of birth is ${D('2/6/2014', 'two six twenty fourteen')}. Call me at ${PH('918-555-0180', 'nine one eight five five five oh one eighty')}.`,
  // 105
  `Hi, I'm calling to leave a message for ${P('Dr. Whitebird')}'s nurse. This is ${N('Georgia Tiger')}. The new blood pressure medicine, the losartan, I've been dizzy on it, especially in the morning. Blood pressure this morning was ${T('104 over 62', 'one oh four over sixty two')}. ${PH('918-555-0158', 'nine one eight five five five oh one fifty eight')}.`,
  // 106
  `Hello, it's ${N('Reba Kernell')}, I'm ${AG('ninety-three', 'ninety three')}. I fell and the fire department came and got me up, but I don't want to go to the hospital. My son says call you. I live at ${AD('906 North Cherry Street, Sapulpa', 'nine oh six north cherry street sapulpa')}. My number is ${PH('918-555-0191', 'nine one eight five five five oh one nine one')}.`,
  // 107
  `Hi, this is ${N('Heather Cole')}, I got a text saying my appointment on the ${D('27th', 'twenty seventh')} is confirmed but I never made one. I think it might be for my sister-in-law, she has the same name. Anyway, call me. ${PH('918-555-0137', 'nine one eight, five five five, oh one thirty seven')}.`,
  // 108
  `Hello, this is ${N('Ruth Ann Sixkiller')}, I'm ${N('Wilma')}'s sister. She asked me to check if you got ${N('Dakota')}'s shot records done, she's out of town. You can call her, or me, I'm ${PH('918-555-0192', 'nine one eight five five five oh one nine two')}.`,
  // 109
  `Hi, this is ${N('Andrés Villalobos')}. I need to cancel my appointment on ${D('Thursday, July 10th', 'thursday july tenth')}. I got called out to a job in Woodward for two weeks. I'll call when I'm back. Thanks.`,
  // 110
  `Hi, it's ${N('Kathy Sumpter')}, I'm calling because my husband's insurance changed to UnitedHealthcare as of the first of the month. His member ID is ${H('918442073', 'nine one eight, four four two, oh seven three')}. ${N('Brandon')}'s the one that had the MRI. My number is ${PH('918-555-0130', 'nine one eight five five five oh one three oh')}.`,
  // 111
  `Hi, this is ${N('Tran Thi Mai')}. I got a letter from you, it say I owe ${T('$212', 'two hundred twelve dollars')}. I don't understand, I thought my insurance pay. The account number ${AC('81445', 'eight one four four five')}. My son ${N('Kevin')} can help explain, ${PH('918-555-0198', 'nine one eight, five five five, oh one nine eight')}.`,
  // 112
  `Hi, I'm calling about the free sports physicals day at the Tahlequah office. Is it still on the ${T('2nd', 'second')} Saturday of the month, and do the kids need to bring anything? Thanks.`,
  // 113
  `Yes, hello, this is ${N('Woodrow Chewey')}. My eyes aren't so good, so I hope I get this right. I'm ${AG('ninety-one', 'ninety one')}. I need my heart pills, the metoprolol, the ${T('25', 'twenty five')}. I get them at the Cherokee Nation pharmacy in Stilwell. I'm on ${AD('Route 2, Box 305, Stilwell', 'route two box three oh five stilwell')}. Phone is ${PH('918-555-0149', 'nine one eight five five five oh one forty nine')}.`,
  // 114
  `Hey, this is ${N('Destiny Kirk')}, you can call me on my cell, ${PH('918-555-0177', 'nine one eight five five five oh one seven seven')}, my email is ${E('destinykirk2001@icloud.com', 'destiny kirk two thousand one at icloud dot com')}. I need my kids' immunization records, ${N('Jace')} and ${N('Remington')}, we just moved to ${AD('Broken Arrow', 'broken arrow')} and I'm enrolling them in the new school.`,
  // 115
  `Hi, this is ${N('Ramona Deer')}, calling for ${N('Celeste')}, my granddaughter. She's ${T('15', 'fifteen')} and she's got a note from the school saying she needs a physical for cheer. She has Indian Health Service, do y'all bill them directly? Her Cherokee Nation card number is ${H('CN418803', 'c n four one eight eight oh three')}. ${PH('918-555-0102', 'nine one eight five five five oh one oh two')}.`,
  // 116
  `Hi, uh, this is ${N('Minh Chau Vo')}, my son ${N('Kevin')} is better today, no more fever. We don't need the appointment at ${T('4', 'four')}. Thank you.`,
];
