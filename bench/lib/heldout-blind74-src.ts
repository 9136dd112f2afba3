/**
 * Blind held-out PHI gold set 74: an ordinary week in mid-May (Monday the 12th to Friday the 16th) on the
 * voicemail of a family-medicine practice in Greenville, Mississippi, with a satellite clinic in Clarksdale,
 * serving the Mississippi Delta and people who commute to Jackson (area codes 662, 601, 769). Refills for blood
 * pressure, diabetes and inhalers; results; referrals to UMMC in Jackson; Medicaid, MississippiCAN and Medicare
 * changes; school, sports, camp and church-trip forms; farm, gin, grain-truck and catfish-plant injuries and
 * workers' comp; home health, oxygen and hospice for grandparents and great-aunts; rides that fall through.
 * Callers are mostly long-time Black Delta families and white farm families, with Chinese-Mississippian
 * grocers' families, Lebanese and Jewish Delta families, and Mexican and Central American farm and plant
 * workers (some in Spanish-flavoured English). They talk warmly and at length, use nicknames, "Miss" and
 * "Mister" with first names, and give where they live as town streets, county roads, highway landmarks
 * ("out on Highway 61 past the gin"), plantation or community names, and small towns. Some calls come from
 * pharmacies, labs, home-health nurses, UMMC clinics, a funeral home and a church.
 * Conventions chosen where the dev corpus is silent:
 * - Courtesy and church titles stay outside NAME ("Miss «Hattie»", "Mr. «Otis»", "Reverend «Amos Whitfield»");
 *   "Dr." stays inside PROVIDER, other titles stay outside it ("Miss «Carla», the nurse practitioner").
 * - A nickname used as a person's name is NAME ("«Peanut»", "«Buddy»"); kinship words ("Big Mama",
 *   "Grandmama", "my auntie", "Granddaddy") are not labelled.
 * - Clinicians, and staff of this practice, pharmacies, labs, home-health agencies, UMMC clinics and a
 *   funeral home named in their working role are PROVIDER; patients, callers, relatives, employers and
 *   neighbours are NAME. A spelled-out name is its own NAME span ("«Q-U-O-N-G»").
 * - DATE covers full or partial calendar dates tied to a person (birth, visit, lab, discharge, death, due
 *   date, absence), a weekday said with its date inside; "the" stays outside ("the «20th»"). Weekdays,
 *   months or years alone, relative words, clock times, durations and card expiry dates are plain text.
 * - Every callback or fax number of a person or outside business (church, store, pharmacy, UMMC clinic,
 *   employer) is PHONE, a caller's extension inside; "area code" stays outside; the practice's own menu
 *   options and extensions are plain text. A full repeat of a number is a new span.
 * - ADDRESS is a street or county-road address and/or the town or community where a patient or caller lives
 *   or stays (the town of a nursing home a patient lives in too), including a highway landmark given as a home's location ("Highway 61 past the gin, right
 *   outside of Shaw") and a plantation or community name given as home; said together it is one span.
 *   Business locations (pharmacies, plants, gins, farms as workplaces, churches, schools, hospitals,
 *   stores) and a state alone are not labelled, so a town can be ADDRESS in one call and plain in another.
 * - Last four of a social and a full social are SSN; chart / patient / portal numbers are MRN; Medicaid,
 *   MississippiCAN, Medicare, Medicare Advantage and commercial member IDs are HEALTH_PLAN_ID (group numbers
 *   are not); billing accounts and workers' comp claim numbers are ACCOUNT; payment cards are CARD (expiry
 *   not labelled); a CDL or nursing licence number is LICENSE; a car tag is VEHICLE; oxygen concentrator,
 *   CPAP and glucose-reader serials are DEVICE.
 * - AGE only for ages over 89 (the number phrase alone); younger ages, doses, readings, counts, room numbers,
 *   money, highway numbers and years are plain text.
 * - Spoken forms say numbers as the caller did: digit by digit with "oh" or "zero", "double", pairs,
 *   "hundred", and emails with "at" and "dot".
 */
import { pause } from './heldout-marks.ts';

const { N, P, D, PH, AG, AD, H, M, AC, C, SS, E, L, DV, T } = pause;
const q = (s: string): string => s.replace(/,/g, '');
const V = (w: string, s: string): string => `«VEHICLE|${w}|${q(s)}»`;

export const BLIND74_MESSAGES: string[] = [
  `Hey, good morning, this is ${N('Odessa Pettway')}. I'm calling to get my blood pressure medicine refilled, the amlodipine, ${T('10 milligrams', 'ten milligrams')}, and the water pill too, I'm about out of both. I use the Walgreens on ${T('Highway 1', 'highway one')} there in Greenville. ${P('Dr. Tillman')} is my doctor. My birthday is ${D('August 9th, 1951', 'august the ninth nineteen fifty one')}. You can call me at ${PH('662-555-0134', 'six six two, five five five, oh one three four')}. Thank you, and y'all have a blessed day.`,

  `Yes ma'am, this is ${N('Cleotha Banks')}, out in ${AD('Jonestown', 'jonestown')}. I see Miss ${P('Carla')}, the nurse practitioner at the Clarksdale office, and I need my sugar pills called in, the metformin and the glipizide, and some more test strips for my meter. I been checking it ${T('2', 'two')} times a day like she said and it's running about ${T('140', 'one forty')}. My number is ${PH('662-555-0117', 'six six two, five five five, oh one one seven')}. Thank you, baby.`,

  `Hi, this is ${N('Latasha Gaines')}, I'm calling for my son ${N('Jaylen')}, ${N('Jaylen Gaines')}, date of birth ${D('3/22/2013', 'three twenty two two thousand thirteen')}. He needs his albuterol inhaler refilled before the youth trip, our church is taking the kids up to Memphis, and the church needs the medication form signed by the doctor by ${D('Friday the 16th', 'friday the sixteenth')}. I can come by and pick it up on my lunch. ${PH('662-555-0188', 'six six two five five five zero one eight eight')}. Thank you.`,

  `Hey, it's ${N('Marcus Tate')}. I drive down to Jackson every day for work so I can't ever catch y'all during the day. I had blood work done at the Greenville office on ${D('May 6th', 'may sixth')} and I'm waiting on my cholesterol and my ${T('PSA', 'p s a')}. Best number is my cell, ${PH('769-555-0142', 'seven six nine, five five five, oh one four two')}, anytime after ${T('5:30', 'five thirty')}. Appreciate it.`,

  `Hello, this is ${N('Wanda Jefferson')}, calling for my husband, ${N('Willie Earl Jefferson')}. ${P('Dr. Okafor')} was supposed to send a referral to the kidney doctor at UMMC in Jackson, and UMMC called and said they don't have anything. His date of birth is ${D('November 30th, 1958', 'november thirtieth fifty eight')} and his Medicare number is ${H('4TX2-HJ6-RW83', 'four t x two, h j six, r w eight three')}. Please call me back at ${PH('662-555-0103', 'six six two, five five five, oh one oh three')}. Thank you so much.`,

  `Hello, my name is ${N('Rigoberto Salazar')}. I work at the catfish plant in Isola, on the line. I cut my hand on the machine ${D('Tuesday the 13th', 'tuesday the thirteenth')} and the plant nurse say I need to see the doctor to check the stitches. The workers comp claim number is ${AC('WC-418830', 'w c four one eight, eight three oh')}. My phone is ${PH('662-555-0159', 'six six two, five five five, oh one five nine')}. Thank you.`,

  `Good afternoon, this is ${N('Bernice Holloway')}, I'm the granddaughter of ${N('Pearline Holloway')}. Big Mama is ${AG('ninety-two', 'ninety two')} now and she's not getting around like she was, so we want to get home health started, somebody to come out to the house and check on her. She stays out on ${AD('Highway 61 past the gin, right outside of Shaw', 'highway sixty one past the gin right outside of shaw')}, the white house with the green porch. My number is ${PH('662-555-0121', 'six six two, five five five, oh one twenty one')}, and if I don't pick up, call my brother ${N('Dexter')} at ${PH('601-555-0176', 'six oh one, five five five, oh one seven six')}. Thank you.`,

  `Yes, this is ${N('Roosevelt Hampton')}. I got an appointment ${D('Thursday the 22nd', 'thursday the twenty second')} at ${T('9:45', 'nine forty five')} and my ride done fell through. The Medicaid transportation people said they need a form from y'all saying I got to come. I'm in ${AD('Leland', 'leland')}. Call me at ${PH('662-555-0166', 'six six two, five five five, oh one six six')}.`,

  `Hi, I was just calling to see if the Clarksdale office is open on Saturdays now, and if y'all do walk-ins for the sports physicals. I'll try back in the morning. Thank you.`,

  `Hello, this is ${N('Raymond Gong')}. I'm calling about my mother, ${N('Mae Lin Gong')}, she's ${AG('ninety-one', 'ninety one')}. She's been dizzy the last couple of days, and she's on the Eliquis, ${T('5 milligrams', 'five milligrams')} twice a day. We keep the store open till ${T('7', 'seven')} so it's hard to get away, but could ${P('Dr. Tillman')} see her this week? Best number is the store, ${PH('662-555-0110', 'six six two, five five five, oh one one oh')}, ask for me or my wife ${N('Susan')}.`,

  `Buenos días, my name is ${N('Guadalupe Méndez')}. I call for my husband, ${N('Efraín Calderón')}, we live in ${AD('Rosedale', 'rosedale')}. He fall from the trailer at the farm on Saturday and his back is hurting very bad, he cannot bend. He need appointment, please, any day. My number is ${PH('662-555-0193', 'six six two, five five five, zero one nine three')}. Thank you, gracias.`,

  `Hi, this is ${P('Ashley')} with Delta Discount Drug in Cleveland, calling about a patient, ${N('Hollis Pritchard')}, date of birth ${D('2/14/49', 'two fourteen forty nine')}. We got the new script for Jardiance but his Part D plan is wanting a prior authorization. Our number is ${PH('662-555-0147', 'six six two, five five five, oh one four seven')} and the fax is ${PH('662-555-0148', 'six six two five five five oh one four eight')}. Thank y'all.`,

  `Hey, this is ${N('Trey Abernathy')}, calling about my daughter ${N('Mary Kate')}'s physical form for volleyball, I dropped it off at the front desk Monday. Practice starts in ${T('2', 'two')} weeks and the coach is on me about it. Can somebody call me when it's signed? ${PH('662-555-0152', 'six six two, five five five, zero one five two')}. Thanks.`,

  `Hey, it's ${N("Ke'Andra Wilkins")}. My baby's Medicaid got switched over to the MississippiCAN, the Magnolia plan, and I want to make sure y'all got the new card before her shots next week. Her name is ${N('Amari Wilkins')} and her ID number is ${H('730518824', 'seven three oh, five one eight, eight two four')}. Call me at ${PH('662-555-0109', 'six six two, five five five, oh one oh nine')}. Thank you.`,

  `Good morning. This is ${N('Alberta Coleman')}. I'm calling to let ${P('Dr. Okafor')} know that my great-aunt, ${N('Essie Mae Coleman')}, passed on ${D('May 11th', 'may the eleventh')}. She was ${AG('ninety-six', 'ninety six')}. She thought the world of the doctor and I know she'd want y'all to know. The funeral home might be calling about the death certificate. I'm at ${PH('662-555-0126', 'six six two five five five oh one two six')}. God bless.`,

  `Hi, this is ${N('Dorothea Simmons')}. My mama, ${N('Lillie Simmons')}, is up at Delta Regional, room ${T('312', 'three twelve')}, and they're saying they might let her go home Friday. The hospital doctor wants her to follow up with ${P('Dr. Pittman')} within a week. Her birthday is ${D('January 4th, 1944', 'january fourth nineteen forty four')}. You can call me on my cell, ${PH('601-555-0163', 'six oh one, five five five, oh one six three')}, I'm up there with her most days.`,

  `Yeah, this is ${N('Wade Dunaway')}. I need to get in for a DOT physical before I start hauling grain, my medical card's about to run out. My CDL number is ${L('802447193', 'eight oh two, four four seven, one nine three')}. I'm out at ${AD('4420 Old Highway 61, Merigold', 'forty four twenty old highway sixty one merigold')} if y'all need to mail me anything. Phone's ${PH('662-555-0171', 'six six two, five five five, oh one seven one')}. Appreciate it.`,

  `Hi, this is ${N('Frieda Quong')}, ${N('Q-U-O-N-G')}. I had my mammogram over at the hospital on the ${D('5th', 'fifth')} and I'd like the results emailed to me if y'all can do that, it's ${E('fquong58@gmail.com', 'f quong fifty eight at gmail dot com')}. My date of birth is ${D('October 17th, 1958', 'october seventeenth nineteen fifty eight')}. Thank you, sugar.`,

  `Hi, this is ${N('Carolyn Sessums')}. I got a statement for ${T('$62.40', 'sixty two forty')} and I'd just like to pay it over the phone. The account number is ${AC('5503817', 'five five oh, three eight one seven')}. It's a Visa, ${C('4529 1830 7746 1208', 'four five two nine, one eight three oh, seven seven four six, one two oh eight')}, expires ${T('11/27', 'eleven twenty seven')}. If there's any problem, ${PH('662-555-0185', 'six six two, five five five, oh one eight five')}. Thank you.`,

  `Hi, this is ${N('Dana Whitaker')}, I'm a patient at the Greenville office but I'm in Jackson all week for work. I need my inhaler, the Symbicort, sent to a pharmacy down here instead, the Walgreens on Lakeland Drive. You can reach me at the office, ${PH('601-555-0177 extension 2204', 'six oh one, five five five, oh one seven seven, extension twenty two oh four')}, or my cell is ${PH('769-555-0115', 'seven six nine five five five oh one one five')}. Thanks a lot.`,

  `Hello, this is ${N('Vernell Staples')}, I'm calling about my daddy's oxygen machine. It's been beeping all night and the oxygen company says they need a new order from the doctor before they can swap it out. The serial number on the back is ${DV('OC7734215K', 'o c seven seven three four two one five k')}. His name is ${N('Lucius Staples')}, he's ${AG('ninety', 'ninety')}, and they live at ${AD('218 Nelson Street, Greenville', 'two eighteen nelson street greenville')}. My number is ${PH('662-555-0132', 'six six two, five five five, oh one three two')}.`,

  `Hey, it's ${N('Peanut')}, I mean, ${N('Cornelius Ware')}, Miss ${N('Hattie Ware')}'s grandson. Grandmama need her blood pressure pills refilled and she said tell y'all it's the little white ones, she don't remember the name. She's at ${AD('1106 Alexander Street', 'eleven oh six alexander street')}. My number ${PH('662-555-0141', 'six six two five five five oh one four one')}.`,

  `Hello, good afternoon. My name is ${N('Juan Carlos Ibarra')}, ${N('I-B-A-R-R-A')}. I am working on the farm of Mr. ${N('Stovall')} by Clarksdale. The tractor wheel go over my foot, not too bad, but it is swelling and purple. He say come to the clinic and he pay, I don't have insurance. My phone ${PH('662-555-0124', 'six six two, five five five, oh one two four')}. Thank you very much.`,

  `Hi, this is ${N('Kevin Chow')}, calling for my grandfather, ${N('Wing Chow')}. He had his ${T('A1C', 'a one c')} checked with ${P('Dr. Pittman')} last week and she said she'd call about changing his medicine, but we haven't heard anything. His date of birth is ${D('9/2/1937', 'nine two nineteen thirty seven')}. He's eighty-seven and he doesn't do well on the phone in English, so please call me, ${PH('662-555-0198', 'six six two, five five five, oh one nine eight')}. Thanks.`,

  `${N('Tyrone Gaddis')}. ${PH('662-555-0155', 'six six two five five five oh one five five')}. Call me about them results.`,

  `Good morning, this is Reverend ${N('Amos Whitfield')} at Greater New Hope Missionary Baptist. We're carrying our seniors up to the Civil Rights Museum in Memphis at the end of the month, and a few of our members are patients of y'all. We need the health form filled out for Mother ${N('Ozella Price')} and Sister ${N('Mattie Lou Greer')}. I left the forms in the drop box by the door. The church number is ${PH('662-555-0100', 'six six two, five five five, oh one hundred')}. Thank y'all and God bless.`,

  `Hi, this is ${P('Monique')}, I'm a nurse with the cardiology clinic at UMMC. We're trying to get records on a patient y'all referred, ${N('Clarence Odom')}, date of birth ${D('4/18/1955', 'four eighteen nineteen fifty five')}. We need his last echo and his med list faxed to ${PH('601-555-0190', 'six oh one, five five five, oh one nine oh')}. Our direct line is ${PH('601-555-0191', 'six oh one five five five oh one nine one')}. Thank you.`,

  `Hi, my name is ${N('Maricela Torres')}. I'm starting at the fish plant in Indianola Monday and they need a TB test and a physical before I start. Can I come this week, any time? ${PH('662-555-0111', 'six six two, five five five, oh one one one')}. Thank you.`,

  `Yes, this is ${N('Buddy McCaskill')}, well, ${N('Lamar McCaskill')}, everybody calls me Buddy. I turned ${T('65', 'sixty five')} in April and I'm on the Humana Medicare plan now. My member number is ${H('H58821304', 'h five eight eight two one three oh four')}. Just wanted y'all to have it before my appointment on the ${D('20th', 'twentieth')}. ${PH('662-555-0157', 'six six two, five five five, oh one fifty seven')}.`,

  `Hi, this is ${N('Jacqueline Moultrie')}. Miss ${P('Keisha')} in billing asked me to call back with the last four of my social so she could find my old account, it's ${SS('6028', 'six oh two eight')}. And my number is ${PH('662-555-0128', 'six six two, five five five, oh one two eight')}. Thank you, ${P('Keisha')}.`,

  `Hey, it's ${N('DeShawn Ellis')}. My Libre sensor came off after ${T('3', 'three')} days and Abbott says they'll send me a new one but they need the doctor's office to confirm the prescription. The reader serial number is ${DV('MJGA2T4K7', 'm j g a two t four k seven')}. My birthday's ${D('June 2nd, 1990', 'june second ninety')}. ${PH('769-555-0139', 'seven six nine, five five five, oh one three nine')}.`,

  `Hey, just wanted to see if y'all got any of the shingles shots in yet. The Walgreens was out. I'll call back Tuesday. Thanks.`,

  `Hi, this is ${P('Renee Hartley')}, I'm the nurse with Delta Home Health. I saw ${N('Annie Pearl Dixon')} out at her house in ${AD('Hollandale', 'hollandale')} this morning. Her pressure was ${T('178 over 96', 'one seventy eight over ninety six')} and her legs are swelling up again. I'd like ${P('Dr. Okafor')} to call me back about her Lasix. My cell is ${PH('662-555-0144', 'six six two, five five five, oh one four four')}. Thanks.`,

  `Hello, I am ${N('Rosa Elvira Núñez')}. My son ${N('Brayan')} need the shot paper for the school, the, how you say, the immunization form, the blue one. His birthday ${D('July 8, 2018', 'july eight two thousand eighteen')}. My number is ${PH('662-555-0135', 'six six two, five five five, oh one three five')}. Thank you, thank you.`,

  `Hi, this is ${N('Mary Beth Haire')}. My husband ${N('Donnie')} got his arm caught in the auger this morning out at the shop, I don't think it's broke but it's scraped up bad and swelling. Can y'all work him in today or do I need to carry him to the ER? We're out in ${AD('Glen Allan', 'glen allan')}, so it's about a ${T('40', 'forty')} minute drive. ${PH('662-555-0168', 'six six two, five five five, oh one six eight')}.`,

  `Hi, it's ${N('Shaquita Bolden')}. The Medicaid office in Clarksdale needs a statement from the doctor that I'm due ${D('August 3rd', 'august third')}. My chart number is ${M('CL-004417', 'c l oh oh four four one seven')}. Please call me at ${PH('662-555-0181', 'six six two, five five five, oh one eight one')}.`,

  `Well, hey there, this is ${N('Hubert Pruitt')}, out at ${AD('Tribbett', 'tribbett')}. I been coming to ${P('Dr. Tillman')} since his daddy had the practice, and I never have had to call like this, but my knee has been giving me fits ever since I stepped in a hole down by the catfish ponds. I wonder could he give me one of them shots like he done last fall. I'm ${T('81', 'eighty one')}, not getting any younger. My number is, let me see, ${PH('662-555-0107', 'six six two, five five five, oh one oh seven')}, that's the house phone, I don't carry the cell. Y'all take care now.`,

  `Hi, it's ${N('Teresa Fong')}, calling for my dad, ${N('Bobby Fong')}. He needs the disability parking form signed so he can get the tag renewed at the courthouse. I filled out his part already. I'll swing by Friday to pick it up if that's okay. ${PH('662-555-0119', 'six six two five five five oh one one nine')}. Thanks so much.`,

  `This is ${N('Ozell Lusk')}, that's ${N('L-U-S-K')}, and the first name is ${N('O-Z-E-L-L')}. I had the colonoscopy over at the hospital on the ${D('8th', 'eighth')} and they said ${P('Dr. Tillman')} would get the biopsy report. I'm just nervous about it. ${PH('662-555-0172', 'six six two, five five five, oh one seven two')}.`,

  `Sí, hello, this is ${N('Eduardo Villatoro')}, I work at the cotton gin in Lula. A piece of lint go in my eye on Friday and it still red and burning, I wash it with water. The boss, Mr. ${N('Tubbs')}, say call the doctor. My phone number ${PH('662-555-0161', 'six six two, five five five, oh one six one')}, again, ${PH('662-555-0161', 'six six two five five five oh one six one')}. Thank you.`,

  `Hey, this is ${N('Jerrell Pittman')}, no relation to the doctor, ha. My grandson ${N('Kaden Pittman')} hurt his knee at football practice, and the trainer at the school thinks he needs to see the orthopedic folks at UMMC. Do y'all have to do the referral for that with his Medicaid? His birthday's ${D('December 1st, 2008', 'december first two thousand eight')}. I'm at ${PH('662-555-0146', 'six six two, five five five, oh one four six')}.`,

  `Hi, this is ${P('Gary')} with the lab at Delta Regional calling with a critical value for ${P('Dr. Okafor')}. Patient ${N('Luther Means')}, date of birth ${D('6/27/47', 'six twenty seven forty seven')}, potassium ${T('6.1', 'six point one')}, drawn at ${T('7:40', 'seven forty')} this morning. Please call the lab back at ${PH('662-555-0150', 'six six two, five five five, oh one five oh')}. Thank you.`,

  `Hey y'all, this is ${N('Latrice Hollins')}. My nephew's gonna come by the Greenville office this afternoon to pick up Granddaddy's paperwork for the VA, so y'all know it's okay. He'll be in a gray Silverado, tag ${V('HBK 4821', 'h b k, four eight two one')}. His name is ${N('Marquis')}. Granddaddy is ${N('Fletcher Hollins')}. I'm at ${PH('662-555-0114', 'six six two, five five five, oh one one four')} if y'all need me.`,

  `Hello, this is ${N('George Abraham')}. I've been out of my Crestor for about a week now, I kept meaning to call. ${T('20', 'twenty')} milligrams. And my wife ${N('Nadia')} needs hers too, the Synthroid. We use Walker's Drugs downtown. Birthdays, mine is ${D('3/3/52', 'three three fifty two')} and hers is ${D('7/19/55', 'seven nineteen fifty five')}. ${PH('662-555-0130', 'six six two, five five five, oh one thirty')}. Thank you.`,

  `Hi, um, my name is ${N('Brittany Sykes')}, I'm a new patient, I just moved back home to ${AD('Ruleville', 'ruleville')} from Memphis. I need to get set up with a doctor and I'm on the Molina plan, member ID ${H('MS40038127', 'm s four double oh three eight one two seven')}. I take a couple of medicines for anxiety and I've only got about a week left. ${PH('662-555-0138', 'six six two five five five oh one three eight')}. Thank you.`,

  `This is ${N('Otis Redmond')} calling. I had to leave my appointment ${D('Wednesday the 14th', 'wednesday the fourteenth')} because my boss called me back to the plant, and I need a note for my absence so I don't get a point. ${PH('662-555-0182', 'six six two, five five five, oh one eight two')}. Thank you.`,

  `Hi. This is ${N('Sharon Kline')}, my mother is ${N('Ruth Kline')}, she's ${AG('ninety-four', 'ninety four')} and she lives with me now on ${AD('Washington Avenue, Greenville', 'washington avenue greenville')}. Her cardiologist in Jackson wants her to wear a heart monitor and we just can't make that drive again this month. Can ${P('Dr. Pittman')} order it here instead? ${PH('662-555-0112', 'six six two, five five five, oh one twelve')}.`,

  `Hey, this is ${N('Bobbie Jean Tolliver')}, I'm calling about my sister ${N('Essie')}, ${N('Essie Tolliver')}. She was supposed to get a ride to her appointment this morning and the van never came, so she missed it. It's not her fault, she was sitting on the porch at ${T('7', 'seven')} o'clock waiting. She lives out in ${AD('Alligator', 'alligator')}. Can we get her back in? My number is ${PH('662-555-0158', 'six six two, five five five, oh one five eight')}.`,

  `Good morning, this is ${P('Vanessa')}, sorry, ${P('Vanessa Goodloe')} with Delta Hospice. We got a referral for ${N('Wilhelmina Jones')} and we need a signed face-to-face note from ${P('Dr. Tillman')}. Her date of birth is ${D('2/8/1931', 'two eight nineteen thirty one')}, so she's ${AG('ninety-four', 'ninety four')}. Our fax is ${PH('662-555-0192', 'six six two, five five five, oh one nine two')}. Thanks so much.`,

  `Hi, this is ${N('Marisol Ortega')}. My daughter ${N('Yesenia')} has a cough and a fever, ${T('101', 'a hundred and one')}, since last night. We live in ${AD('Shelby', 'shelby')}. Is there anything today? My number is ${PH('662-555-0137', 'six six two, five five five, oh one three seven')}. Thank you.`,

  `Yes ma'am, this is Mrs. ${N('Geneva Hollis')}. I need to cancel my appointment for Tuesday, my daughter can't get off work to carry me. I'll call back and set up another one when she finds out her schedule. Thank you.`,

  `Hey, it's ${N('Chad Bufkin')}. I cut my hand pretty good on a piece of tin fixing the shed, it's wrapped up but I'm thinking it might need a couple of stitches. When was my last tetanus shot? I can't remember. ${PH('662-555-0173', 'six six two, five five five, oh one seven three')}.`,

  `This message is for ${P('Dr. Okafor')}. This is ${N('Ernestine Parker')}, her mother ${N('Mamie Parker')} is ${AG('ninety-nine', 'ninety nine')}, she'll be a hundred in September, and she fell last night getting up to the bathroom. She's not hurt bad, but we're thinking about a hospital bed and a bedside toilet for the house on ${AD('Carver Street in Clarksdale', 'carver street in clarksdale')}. What do we need to do for the Medicare to cover it? Call me at ${PH('662-555-0127', 'six six two, five five five, oh one two seven')}.`,

  `Hi, this is ${N('Anthony Lum')}, ${N('L-U-M')}, my birthday is ${D('May 2nd, 1969', 'may second sixty nine')}. Just checking on the stress test referral to UMMC. They haven't called me to schedule. It's ${PH('601-555-0145', 'six oh one, five five five, oh one four five')}. Thanks.`,

  `Hello. This is ${N('Pinkie Mae Stokes')}. Baby, I been calling all morning and I keep getting this machine. I need my breathing medicine, the inhaler, the purple one. I live in ${AD('Mound Bayou', 'mound bayou')} and I don't have no way to get to town till Thursday. Call me at ${PH('662-555-0123', 'six six two, five five five, oh one two three')}. Thank you, Lord.`,

  `Hey, this is ${N('Colby Ray Rushing')}. I'm calling because I need my CPAP order renewed, the supply company said the old one ran out. The machine serial is ${DV('23171455902', 'two three one seven one four five five nine oh two')}. My birthday is ${D('11/11/81', 'eleven eleven eighty one')}. ${PH('662-555-0178', 'six six two, five five five, oh one seven eight')}. Thanks.`,

  `Hi, my name is ${N('Nguyen Thi Lan')}, I work at the nail salon in Greenville. I need to make appointment for my physical and my Pap. I have Blue Cross, member ID ${H('XJM883014572', 'x j m, eight eight three, oh one four, five seven two')}. Please call ${PH('662-555-0105', 'six six two, five five five, oh one oh five')}. Thank you.`,

  `Hi, this is ${N('Jasmine Dorsey')}. I'm trying to get into the patient portal to see my results and it keeps saying my email is not found. It should be ${E('jazzy.dorsey@yahoo.com', 'jazzy dot dorsey at yahoo dot com')}. My patient number is ${M('G0213398', 'g oh two one three three nine eight')}. ${PH('769-555-0118', 'seven six nine, five five five, oh one one eight')}. Thank you.`,

  `Yeah, this is ${N('Earl Thomas Bledsoe')}, ${T('1408', 'fourteen oh eight')}... no, that's my old address, I'm at ${AD('2207 County Road 509, Sunflower', 'twenty two oh seven county road five oh nine sunflower')} now. I need y'all to update that so the bills come to the right place. Same phone number. Thanks.`,

  `Hi, this is ${N('Aisha Washington')}, I work at the Nissan plant down in Canton and I'm only home on the weekends. I need a refill on my birth control and my blood pressure pill, I have maybe ${T('3', 'three')} days left. Could you send them to the CVS in Madison? ${PH('769-555-0131', 'seven six nine, five five five, oh one three one')}. Thanks.`,

  `Hey, good morning, this is ${N('Dwayne Carothers')}. I'm supposed to have a follow up with ${P('Dr. Banerjee')} in Clarksdale on the ${D('19th', 'nineteenth')}, but I'm gonna be on a job in Tunica all that week. Can we push it to the ${D('27th', 'twenty seventh')} or so? ${PH('662-555-0162', 'six six two, five five five, oh one six two')}.`,

  `Hello, this is ${N('Lucille Fondren')}. I'm calling about Mr. ${N('Otis')}... I'm sorry, ${N('Otis Fondren')}, my husband. He's been real confused since yesterday, and his sugar was ${T('52', 'fifty two')} this morning. I gave him orange juice and he's better now. Should I bring him in? ${PH('662-555-0196', 'six six two, five five five, oh one nine six')}.`,

  `Hi, this is ${N('Kimberly Nassar')}, I'm calling for my son ${N('Elias')}, he's ${T('16', 'sixteen')}. He needs a physical for his learner's permit, no, sorry, for the summer job at the country club. The form says it's due by June. His date of birth is ${D('January 29th, 2009', 'january twenty ninth two thousand nine')}. ${PH('662-555-0195', 'six six two, five five five, oh one nine five')}. Thanks.`,

  `Hi, this is ${N('Catherine Signa')}. My mother-in-law, ${N('Rose Signa')}, is ${AG('ninety-seven', 'ninety seven')} and she lives with us out on ${AD('Deer Creek Road, Leland', 'deer creek road leland')}. Her home health nurse, ${P('Tammy')}, said the doctor needs to sign the new plan of care. Could you check on that? ${PH('662-555-0154', 'six six two, five five five, oh one five four')}.`,

  `Hey, this is ${N('Javier Rosales')}. I'm the crew leader at the farm near Tunica, and one of my guys, ${N('Pedro')}, ${N('Pedro Galindo')}, got sick in the heat yesterday, vomiting, dizzy. He's better today, but I want somebody to check him. He doesn't have a phone, so you can call me at ${PH('901-555-0183', 'nine oh one, five five five, oh one eight three')}. Thank you.`,

  `Hi, this is ${N('Delores Young')}. I was in ${D('Monday the 12th', 'monday the twelfth')} and ${P('Dr. Pittman')} changed my blood pressure pill from the lisinopril to the losartan, ${T('50 milligrams', 'fifty milligrams')}. The pharmacy says they never got it. It's the Walmart on ${T('Highway 82', 'highway eighty two')}. ${PH('662-555-0106', 'six six two, five five five, oh one oh six')}.`,

  `Good afternoon, this is ${P('Marcus')} at Lowe Funeral Home in Clarksdale. We're handling arrangements for ${N('Bessie Ruth Harper')}, date of death ${D('May 10th', 'may tenth')}, and we need ${P('Dr. Banerjee')} to sign the death certificate. We can send it over electronically. My number is ${PH('662-555-0153', 'six six two, five five five, oh one five three')}. Thank you, and thank y'all for taking care of her.`,

  `Hey, this is ${N('Tameka Moore')}, calling for my auntie, ${N('Cora Lee Moore')}. She got her new Medicare card and I wanted to give y'all the number before her visit. It's ${H('9RH6-GV3-PK17', 'nine r h six, g v three, p k one seven')}. Her date of birth is ${D('June 14th, 1942', 'june fourteenth nineteen forty two')}. And I'm ${PH('662-555-0116', 'six six two five five five oh one one six')}.`,

  `Hi. I just wanted to ask whether y'all take the new Medicaid plan. I'm thinking about switching over from the clinic in Drew. I'll call back. Thank you.`,

  `Yeah, it's ${N('Kenny Joe Hargett')}. Y'all called me about my results. Here's my number, ${PH('662-555-0149', 'six six two, five five five, oh one four nine')}. I'm on the tractor so if I don't answer, just leave it on the machine. Thanks.`,

  `Hi, my name is ${P('Cheryl Luckett')}, I'm calling from UMMC pulmonary, we need the prior authorization for ${N('Reginald Hill')}'s Trelegy. His Medicaid ID is ${H('611204875', 'six one one, two oh four, eight seven five')} and his date of birth is ${D('8/5/1963', 'eight five nineteen sixty three')}. Please call ${PH('601-555-0187', 'six oh one, five five five, oh one eight seven')}. Thank you.`,

  `Hey, this is ${N('Jimmy Dale Ivy')}. I got a bee sting this morning out at the bean field and my hand's swelled up twice its size. No trouble breathing or nothing. Do I need to come in? ${PH('662-555-0170', 'six six two, five five five, oh one seventy')}.`,

  `Good morning, this is ${N('Ella Mae Gresham')}. Now, I'm calling for my great-aunt ${N('Viola')}, ${N('Viola Gresham')}, she's ${AG('a hundred and one', 'a hundred and one')}, bless her. She's out at the Baptist home in ${AD('Clarksdale', 'clarksdale')} and they say she needs her flu and her pneumonia shot records. Her birthday is ${D('March 3rd, 1924', 'march third nineteen twenty four')}. You can reach me at ${PH('662-555-0164', 'six six two, five five five, oh one six four')}, or my husband, ${N('Herman')}, at ${PH('662-555-0165', 'six six two five five five oh one six five')}.`,

  `Hey, ${N('Terrance Tuggle')}. ${P('Dr. Tillman')} put in for me to see the heart doctor in Jackson and they gave me an appointment ${D('June 9th', 'june ninth')} but I got no way to get down there. Does y'all know anybody that does the rides? I live on ${AD('Martin Luther King Boulevard in Greenville', 'martin luther king boulevard in greenville')}. My number is ${PH('662-555-0169', 'six six two, five five five, oh one six nine')}.`,

  `Hi, it's ${N('Alicia Reyes Montoya')}. I'm calling because I need my results from the pregnancy test in English and in Spanish for my husband. And I'd like to know when my next appointment is. My birthday ${D('4/4/99', 'four four ninety nine')}. ${PH('662-555-0133', 'six six two, five five five, oh one three three')}.`,

  `Hi, this is ${P('Beverly')}, the nurse at Greenville High. I have a student here, ${N('Jalen Brooks')}, who's a patient of y'all and his inhaler is empty. His mother, ${N('Tonya Brooks')}, said to call. Her number is ${PH('662-555-0140', 'six six two, five five five, oh one four oh')}. Thank you.`,

  `This is ${N('Ruby Nell Farris')}. I want to let y'all know I'm staying with my daughter in ${AD('Greenwood', 'greenwood')} for a while after my surgery, so if y'all need me, call her house, ${PH('662-555-0175', 'six six two, five five five, oh one seven five')}. Thank you.`,

  `Hey, this is ${N('Shelby Pugh')}, calling from work. My son ${N('Hunter')} needs his ADHD medicine refilled, the Focalin, and I know it has to be a new paper every month. His date of birth is ${D('9/9/2014', 'nine nine two thousand fourteen')}. I'm at ${PH('601-555-0128 extension 11', 'six oh one five five five oh one two eight extension eleven')}. Thank you.`,

  `Hello, my name is ${N('Bich Ngoc Tran')}, that's ${N('Tran')}, ${N('T-R-A-N')}. I pressed ${T('3', 'three')} for the pharmacy line but it came here. My insulin, the Lantus, the pen, I need more. Please call ${PH('662-555-0122', 'six six two, five five five, oh one two two')}.`,

  `Hi, this is ${N('Leroy Bivens')}, I'm calling from the Parchman, no, I mean I just got out of Parchman last month, and I need to get set up with a doctor for my blood pressure and my diabetes. I'm staying with my cousin at ${AD('415 Issaquena Avenue, Clarksdale', 'four fifteen issaquena avenue clarksdale')}. The number there is ${PH('662-555-0129', 'six six two, five five five, oh one two nine')}. Thank you.`,

  `Hey, y'all, this is ${N('Connie Lowery')}, I work at the Dollar General in Marks. I just wanted to let y'all know I got the results letter and I'm fine with it, no need to call me back. Thank you.`,

  `Good afternoon. This is ${N('Henry Luke Wong')}. My grandmother ${N('Lily Wong')} needs her eye drops renewed, the ones for the glaucoma. She's ${AG('ninety-three', 'ninety three')}, lives with us behind the store in ${AD('Belzoni', 'belzoni')}. Pharmacy is the Belzoni Drug. Her Medicare number is ${H('2AN5-CD8-EF41', 'two a n five, c d eight, e f four one')}. ${PH('662-555-0197', 'six six two, five five five, oh one nine seven')}.`,

  `Hi, this is ${N('Angela Rayford')}, calling about a bill. I got charged ${T('$185', 'a hundred and eighty five dollars')} for my visit on ${D('April 28th', 'april twenty eighth')} and that should've gone to my Medicaid. The account number is ${AC('GR-77041', 'g r seven seven oh four one')}. Please call me, ${PH('662-555-0187', 'six six two, five five five, oh one eight seven')}.`,

  `Yes, this is ${N('Sammie Lee Rucker')}. Doctor told me to call back with my sugar readings. Monday morning was ${T('162', 'one sixty two')}, Tuesday ${T('158', 'one fifty eight')}, this morning ${T('149', 'one forty nine')}. I'm taking the Trulicity every Sunday like she said. Call me if I need to change something. ${PH('662-555-0108', 'six six two, five five five, oh one oh eight')}.`,

  `Hi, this is ${P('Ebony Shelton')}, I'm an LPN with Magnolia Home Care. I'm calling to verify my license for your office's records, since I'll be seeing ${N('Clifton Banks')} at home. It's ${L('LPN-328154', 'l p n three two eight one five four')}. You can reach me at ${PH('662-555-0180', 'six six two, five five five, oh one eight oh')}.`,

  `Hey, this is ${N('Lakisha')}, I'm calling for my grandmama, Miss ${N('Dessie Pettis')}. They moved her to the nursing home in ${AD('Indianola', 'indianola')}, the one by the hospital, and they need her med list from y'all. Her birthday is ${D('Christmas Eve, 1936', 'christmas eve nineteen thirty six')}. I'm at ${PH('662-555-0189', 'six six two five five five oh one eight nine')}.`,

  `Hi, this is ${N('Patrick Boone')}, I'm a truck driver with one of the farm co-ops and I need a DOT physical. My license number is ${L('800613275', 'eight hundred, six one three, two seven five')}. My number is ${PH('870-555-0136', 'eight seven oh, five five five, oh one three six')}, that's Arkansas, I'm right across the bridge in Lake Village. Thanks.`,

  `Hi, it's ${N('Tiffany Harrell')}, I just got a text that my appointment with ${P('Dr. Banerjee')} was moved from Thursday to Friday. That doesn't work for me because I work at the school. Can somebody call me? ${PH('662-555-0156', 'six six two, five five five, oh one fifty six')}.`,

  `Hello, my name is ${N('Magdalena Cruz')}, my daughter is ${N('Esperanza')}. She is ${T('3', 'three')} and she has the ear pain, she cry all night. We live on ${AD('Fourth Street in Clarksdale', 'fourth street in clarksdale')}. My phone ${PH('662-555-0191', 'six six two, five five five, oh one nine one')}. Thank you.`,

  `This is ${N('Milton Haskins')}. I got a letter in the mail from y'all saying I owe money. I never owe y'all nothing, I got Medicare and the AARP supplement. My supplement ID is ${H('AR93310658', 'a r nine three three one oh six five eight')}. Please call me back at ${PH('662-555-0143', 'six six two, five five five, oh one four three')}. Thank you.`,

  `Hi, this is ${N('Stephanie Oakes')}. My dad, ${N('Hollis Oakes')}, has his yearly wellness visit on ${D('Monday, May 19th', 'monday may nineteenth')} and he's asking if he needs to come fasting. He's on the warfarin too, so should he get his INR done then? ${PH('662-555-0118', 'six six two, five five five, oh one one eight')}. Thanks.`,

  `Hey, this is ${N('Marcus')}, I'm a patient at the Clarksdale office. I lost my phone and all my contacts and I need my appointment time. Last name ${N('Dye')}, ${N('D-Y-E')}. Birthday ${D('2/2/77', 'two two seventy seven')}. Call me on my wife's phone, ${PH('662-555-0160', 'six six two five five five oh one six oh')}.`,

  `Good morning, it's ${N('Sadie Bell Porter')}. The pharmacy gave me the wrong pills, they look different, they're blue instead of the white ones, and I'm scared to take them. It's the metoprolol, ${T('25', 'twenty five')}. I live in ${AD('Tutwiler', 'tutwiler')}. My number is ${PH('662-555-0184', 'six six two, five five five, oh one eight four')}.`,

  `Hi, this is ${N('Darnell Whitlow')}, I got hurt at the plant in Belzoni, slipped on the wet floor and hit my shoulder on Monday. HR gave me a claim number, ${AC('4471096-C', 'four four seven one oh nine six c')}, and said I could come see y'all. ${PH('662-555-0113', 'six six two, five five five, oh one one three')}.`,

  `Hello, this is ${N('Charlotte Peacock')}. My father, ${N('Walter Peacock')}, needs the form for his driver's license renewal signed, the vision part. He's eighty-nine and the DMV wants a doctor's statement. ${PH('662-555-0186', 'six six two, five five five, oh one eight six')}. Thank you.`,

  `Hi, it's ${N('Rochelle Manning')}. I need to pay my co-pay from last time, ${T('$25', 'twenty five dollars')}. Card number ${C('5302 4188 6019 3745', 'five three oh two, four one eight eight, six oh one nine, three seven four five')}, expiration ${T('04/28', 'oh four twenty eight')}. Thank you. ${PH('662-555-0151', 'six six two, five five five, oh one five one')}.`,

  `Hey, this is ${N('Hank Wilburn')}, I run the dryer out at the Rosedale elevator. I got some grain dust in my lungs I think, been coughing a week and it's getting worse. ${PH('662-555-0179', 'six six two, five five five, oh one seven nine')}. Thanks.`,

  `Hello, this is ${N('Fannie Lou Turner')}, calling for my great-grandson ${N("Ja'Marion")}, well, they call him ${N('Man-Man')}. He needs his shots for the Head Start, and they want the paper by Friday. His birthday is ${D('October the 2nd, 2021', 'october the second twenty twenty one')}. ${PH('662-555-0174', 'six six two, five five five, oh one seven four')}.`,

  `Hi, this is ${N('Rebecca Ann Stuckey')}. I called yesterday about my mama's prescription and nobody called back. Her name is ${N('Lorene Stuckey')}, date of birth ${D('5/5/38', 'five five thirty eight')}. I'll be at ${PH('662-555-0190', 'six six two, five five five, oh one nine oh')} all day. Thank you.`,

  `Hi, this is ${N('Curtis Lawson')}, I'm calling because my wife is a patient, ${N('Gloria Lawson')}, and she's had a headache for ${T('3', 'three')} days and her blood pressure was ${T('190 over 110', 'one ninety over a hundred and ten')} at the Walmart machine. She doesn't want to go to the ER. ${PH('662-555-0120', 'six six two, five five five, oh one twenty')}. Please call.`,

  `Hi, it's ${N('Monica Lee')}, ${N('Ah Lee')}'s daughter-in-law. We need to get him in to see the doctor about his memory. He's been leaving the stove on. He's ${AG('ninety', 'ninety')}. ${PH('662-555-0199', 'six six two, five five five, oh one nine nine')}. Please call me. Thank you.`,

  `Hey, this is ${N('Quentin Mayfield')}. I need a note for my job at the catfish plant, I was out ${D('May 7th', 'may seventh')} through the ${D('9th', 'ninth')} with the stomach virus. ${P('Dr. Okafor')} saw me on the ${D('7th', 'seventh')}. Fax it to my supervisor at ${PH('662-555-0102', 'six six two, five five five, oh one oh two')}, attention ${N('Doris')}.`,

  `Yes, this is ${N('Lottie Sweeney')}, I'm calling about my grandbaby's asthma. I think her nebulizer machine is broke. Her name is ${N('Destiny Sweeney')}, she's ${T('5', 'five')}. The serial number on the machine is ${DV('NB-55132-07', 'n b five five one three two oh seven')}. I live out past the church on ${AD('County Road 313, Duncan', 'county road three thirteen duncan')}. My number is ${PH('662-555-0104', 'six six two, five five five, oh one oh four')}.`,

  `Hi, this is ${P('Dr. Martin')}'s office in Cleveland, we're just returning a call to y'all's office about a referral. Please have somebody call back at ${PH('662-555-0194', 'six six two, five five five, oh one nine four')}. Thank you.`,

  `Hey, this is ${N('Brandon Lee Strickland')}. I need to get a copy of my shot records for the nursing program at Delta State. My birthday's ${D('July 30th, 2003', 'july thirtieth two thousand three')}, and you can email them to ${E('bstrickland03@okramail.deltastate.edu', 'b strickland oh three at okra mail dot delta state dot e d u')}. ${PH('662-555-0125', 'six six two, five five five, oh one two five')}.`,

  `Hello, this is ${N('Ernest Givens')}, I'm calling about my social security disability paperwork. They need my records from y'all from ${T('2022', 'twenty twenty two')} to now. My social is ${SS('428-55-0193', 'four two eight, five five, oh one nine three')}. Call me at ${PH('662-555-0167', 'six six two, five five five, oh one six seven')}.`,

  `Hi, I'm calling from the Clarksdale office's parking lot, the door's locked and it's ${T('8:15', 'eight fifteen')}. Is somebody coming? Thank you.`,

  `Hey, this is ${N('Carlos Espinoza')}. I was in a wreck on ${T('Highway 49', 'highway forty nine')} by Tutwiler on ${D('Saturday the 10th', 'saturday the tenth')}, nobody hurt bad, but my neck is stiff now. The other driver's insurance claim number is ${AC('7730-221-88', 'seven seven three oh, two two one, eight eight')}. ${PH('662-555-0176', 'six six two, five five five, oh one seven six')}.`,

  `Hi, it's ${N('Nell Dockery')}, no relation to the plantation, ha. I need my refills on the Januvia and the Lipitor. ${PH('662-555-0145', 'six six two, five five five, oh one four five')}. Thank you.`,

  `Hi, this is ${N('Yolanda Pierce')}. I need to get a referral for my daughter ${N('Kiara')} to the ENT at UMMC, she keeps getting ear infections. Her Medicaid number is ${H('502917364', 'five oh two, nine one seven, three six four')}. ${PH('769-555-0123', 'seven six nine, five five five, oh one two three')}.`,

  `Good morning, this is ${N('Arthur Lee Sanders')}, calling for my wife, ${N('Johnnie Mae Sanders')}. She's been coughing at night and she can't lay flat. She's ${AG('ninety-five', 'ninety five')}, and we live out at the ${AD('Hopson place outside Clarksdale', 'hopson place outside clarksdale')}. Call me at ${PH('662-555-0115', 'six six two, five five five, oh one one five')}.`,

  `Hi, this is ${N('Misty Harrington')}, I'm trying to reach ${P('Dr. Tillman')}'s nurse about my husband ${N('Cody')}'s blood work. He's allergic to sulfa and they put him on Bactrim. Please call ${PH('662-555-0101', 'six six two five five five oh one oh one')}.`,

  `Hi, it's ${N('Reggie Barnes')}, calling on behalf of my mother ${N('Evelyn Barnes')}. She's at ${AD('614 Poplar Street, Greenville', 'six fourteen poplar street greenville')} and she's been having trouble with her blood sugar. ${PH('662 555 0142', 'six six two, five five five, oh one four two')}. Thanks.`,

  `Hey, this is ${N('Jamie Lynn Cox')}, I need to schedule an appointment for my annual. I'm a teacher at the elementary school in Leland, so I'm off for the summer once the kids get out next Friday. Any time after that works. ${PH('662-555-0183', 'six six two, five five five, oh one eight three')}.`,

  `Hi, this is ${N('Lorraine Ballard')}. My Medicaid transportation van picked me up late and I missed my appointment. I need to reschedule. My account number is ${AC('7002146', 'seven oh oh two one four six')}. ${PH('601-555-0135', 'six oh one, five five five, oh one three five')}. Thanks.`,

  `Hello, it's ${N('Calvin Sims')}, at ${PH('662-555-0177', 'six six two five five five oh one seven seven')}. I just wanted to say thank you to ${P('Dr. Okafor')} and Miss ${P('Bev')} for taking care of my mama. She passed peaceful. God bless y'all.`,

  `Hey, good afternoon. This is ${N('Ricky Nowell')}, I drive down to Jackson for work. I need to pick up my Flonase at the Kroger on County Line Road. ${PH('601-555-0148', 'six oh one, five five five, oh one four eight')}. Thanks.`,
];
