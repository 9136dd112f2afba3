/**
 * Blind held-out PHI gold set 13: a rural family practice in the US South and Midwest (Cedar Fork Family
 * Practice). Older callers, farmers, truck drivers needing DOT physicals, church volunteers calling for
 * neighbours, adult children calling about parents. Plain-spoken phrasing ("this here's ...", "y'all",
 * "give me a holler at ..."), callers who give their number first and their name last, birth dates said
 * the old way ("born the fourth of July, fifty-two"). All names, numbers and IDs are invented.
 *
 * Conventions chosen where the dev corpus is silent:
 * - A date said as "the 4th of July, '52" is one DATE span from "the" through the year; a day of the month
 *   alone tied to a visit ("on the 14th") is a DATE; "last Tuesday", "Sunday night", a month alone are not.
 * - A seven-digit local number with no area code ("give me a holler at 437-2219") is a PHONE.
 * - "Doc Whitfield" is PROVIDER with "Doc" inside the span, like "Dr."/"doctor".
 * - An honorific or kin word before a name ("Miss Lucille", "Reverend Dale Huckaby", "Aunt Mabel") stays outside
 *   the NAME span; a name spelled out letter by letter ("U-N-R-U-H") is a NAME span of its own; a nickname
 *   ("Tater", "Buck") is a NAME.
 * - Clinical readings (blood pressure "180 over 95", blood sugar "310", temperature, weight, pounds lost)
 *   are not PHI, like doses; CDL / driver's license numbers are LICENSE; a truck's plate or VIN is VEHICLE;
 *   serials of CPAP machines, oxygen concentrators, pacemakers, glucose monitors are DEVICE.
 * - A rural route address ("Rural Route 2, Box 118, Pocahontas") is ADDRESS; a town named as where the
 *   patient lives is ADDRESS, a town named only as where a hospital or pharmacy is, is not.
 * - A clinic, hospital or pharmacy's own number is never quoted; a caller's desk line with its extension is PHONE.
 * - The last four digits of a payment card ("card ending in 4417") are CARD.
 * - A church, feed store, co-op, trucking company or sale barn name is an organisation, not PHI.
 */
import { dg, dgz } from './heldout-blind2-words.ts';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 0–99 as words. */
function w(n: number): string {
  if (n < 20) return ONES[n]!;
  const o = n % 10;
  return o ? `${TENS[Math.floor(n / 10)]} ${ONES[o]}` : TENS[Math.floor(n / 10)]!;
}
/** Digits read in pairs: "9894" → "ninety eight ninety four", "0142" → "oh one forty two", "1500" → "fifteen hundred". */
function pairs(s: string): string {
  const d = s.replace(/\D/g, '');
  const out: string[] = [];
  for (let i = 0; i < d.length; i += 2) {
    const c = d.slice(i, i + 2);
    if (c.length === 1) out.push(dg(c));
    else if (c === '00' && i > 0) out.push('hundred');
    else if (c[0] === '0') out.push(`oh ${c[1] === '0' ? 'oh' : ONES[Number(c[1])]}`);
    else out.push(w(Number(c)));
  }
  return out.join(' ');
}
/** Digit by digit, with a pair of the same digit said "double five". */
function dbl(s: string, zero: 'oh' | 'zero' = 'oh'): string {
  return s.split(/[^0-9A-Za-z]+/).filter(Boolean).map((g) => {
    const out: string[] = [];
    for (let i = 0; i < g.length;) {
      if (i + 1 < g.length && g[i] === g[i + 1] && g[i + 2] !== g[i]) { out.push(`double ${dg(g[i]!, zero)}`); i += 2; }
      else { out.push(dg(g[i]!, zero)); i++; }
    }
    return out.join(' ');
  }).join(' ');
}
/** Groups digit by digit except the last group, read in pairs. */
function lastPairs(s: string, zero: 'oh' | 'zero' = 'oh'): string {
  const g = s.split(/[^0-9]+/).filter(Boolean);
  return [...g.slice(0, -1).map((x) => dg(x, zero)), pairs(g[g.length - 1]!)].join(' ');
}
/** Spoken form by style: 'd' digits with oh, 'z' digits with zero, 'p' last group in pairs, 'x' doubles; else literal. */
function say(wr: string, style: string): string {
  if (style === 'd') return dg(wr);
  if (style === 'z') return dgz(wr);
  if (style === 'p') return lastPairs(wr);
  if (style === 'zp') return lastPairs(wr, 'zero');
  if (style === 'x') return dbl(wr);
  if (style === 'xz') return dbl(wr, 'zero');
  return style;
}
const N = (wr: string, sp?: string): string => (sp ? `«NAME|${wr}|${sp}»` : `«NAME|${wr}»`);
const P = (wr: string, sp?: string): string => (sp ? `«PROVIDER|${wr}|${sp}»` : `«PROVIDER|${wr}»`);
const D = (wr: string, sp: string): string => `«DATE|${wr}|${sp}»`;
const PH = (wr: string, style = 'd'): string => `«PHONE|${wr}|${say(wr, style)}»`;
const X = (type: string, wr: string, style = 'd'): string => `«${type}|${wr}|${say(wr, style)}»`;
const T = (wr: string, sp: string): string => `‹${wr}|${sp}›`;

export const BLIND13_MESSAGES: string[] = [
  // 0
  `Yeah, this here's ${N('Delbert Haskins')}, calling about my sugar pills, the metformin, ${T('500', 'five hundred')} milligram. I'm plumb out and the pharmacy says y'all got to call it in again. Give me a holler at ${PH('870-239-4416', 'p')}.`,
  `Hey, ${PH('573-448-2190')}, that's my number. I was in there on ${D('the 14th', 'the fourteenth')} for my knee and it's swole up worse since the shot. This is ${N('Loretta Dobbins')}, born ${D("the 4th of July, '52", 'the fourth of july fifty two')}.`,
  `Hi, my name's ${N('Tammy Kincaid')}, I'm calling about my daddy, ${N('Harlan Moody')}. He's ${X('AGE', '91', 'ninety one')} and he's been awful confused since Sunday night, didn't know who I was this morning. His Medicare number is ${X('HEALTH_PLAN_ID', '1EG4-TE5-MK72')}. Call me at ${PH('(606) 387-5521', 'x')}, please.`,
  `Good morning, this is ${N('Wendell Pruitt')}. I drive for Tri-State Freight and my medical card runs out the end of the month, so I need one of them ‹DOT|d o t› physicals. My ‹CDL|c d l› number is ${X('LICENSE', 'M4428107', 'm four four two eight one oh seven')}, Missouri. Best number's ${PH('417-862-3309', 'p')}.`,
  `Yes ma'am, this is ${N('Ruby Nell Ashcraft')} from the care team at Shiloh Baptist. I'm calling for my neighbour ${N('Opal Varner')}, she's ${X('AGE', '94', 'ninety four')} and she can't hear the phone too good, so y'all call me instead. She needs her water pill refilled. I'm at ${PH('662-844-1075')}.`,
  // 5
  `Hey, it's ${N('Curtis')} out at the ${N('Lindgren')} place. Just wanted y'all to know ${N('Marvin Schroeder')} got his arm tore up in the auger this morning and we run him up to the ‹ER|e r› in Hastings. They said to have ${P('Dr. Ostrander')} look at it ${T('Monday', 'monday')}. Holler at me at ${PH('402-461-7730', 'p')}.`,
  `This is about a bill. The statement number up top is ${X('ACCOUNT', '20418873', 'two oh four one eight eight seven three')} and it's got me down for a visit I never had. I ain't been in since ${D('March the 3rd', 'march the third')}. My name's ${N('Vernon Tackett')}, number's ${PH('270-358-6641', 'x')}.`,
  `Hi there, this is ${N('LaDonna Pettaway')}, calling for my mama, ${N('Essie Pettaway')}, born ${D('January 9th, 1931', 'january ninth nineteen thirty one')}. She's out of her oxygen tubing and the company needs the serial off the concentrator, which is ${X('DEVICE', 'IN5Z-207741', 'i n five z two oh seven seven four one')}. Y'all can call me at ${PH('(334) 292-0418', 'p')}.`,
  `Good afternoon. ${PH('785-632-1958', 'p')}. That's my cell. I'm calling to get my blood pressure pills changed, I been dizzy every time I stand up. My reading this morning was ${T('98 over 60', 'ninety eight over sixty')}. It's ${N('Gerald Unruh')}, ${N('U-N-R-U-H')}.`,
  `Yeah, I need to cancel for ${T('Thursday', 'thursday')}, we're right in the middle of cutting hay and I can't get off the tractor. This is ${N('Dale Ostermann')}, my date of birth is ${D('8/19/1961', 'eight nineteen sixty one')}. I'll call back to set up another one.`,
  // 10
  `Hi, this is ${N('Brenda Coble')}, I'm the daughter of ${N('Lonnie Coble')}. Daddy's chart number is ${X('MRN', 'MR0058214', 'm r oh oh five eight two one four')}. He come home from Baptist Memorial ${D('Friday the 21st', 'friday the twenty first')} and they said he needed to see ${P('Dr. Bledsoe')} within a week. I'm at ${PH('731-285-4490', 'p')}, or my husband ${N('Terry')} at ${PH('731-285-6612')}.`,
  `This is for the nurse. I'm ${N('Hoa Tran')}, I'm calling because my sugar was ${T('310', 'three ten')} this morning before I ate and I took my ${T('20 units', 'twenty units')} of the Lantus like always. Please call me back at ${PH('(228) 396-7104', 'p')}.`,
  `Howdy, this is ${N('Royce Ammons')}. Y'all sent me a bill and I want to pay it with my card. The number is ${X('CARD', '4963 9544 8855 2279', 'four nine six three nine five four four eight eight five five two two seven nine')}. Account on the bill is ${X('ACCOUNT', 'CF-661043', 'c f six six one oh four three')}. Thank you kindly.`,
  `Hey, it's ${N('Jolene')} at the front desk over at Riverbend Nursing. We got ${N('Mildred Hensley')} here, she's ${X('AGE', '97', 'ninety seven')}, running a fever of ${T('101', 'a hundred and one')} and coughing. Her doctor is ${P('Doc Whitfield')}. My cell is ${PH('479-968-2231', 'x')}.`,
  `Yes, I'm calling about my husband ${N('Clyde Ferrell')}. He's had the shingles come up on his back, started ${D('Saturday, October 5th', 'saturday october fifth')}. He's ${T('78', 'seventy eight')}, he don't like coming to the doctor but I told him I'd call. I'm ${N('Faye Ferrell')}, ${PH('903-455-1827', 'p')}.`,
  // 15
  `Hello. Number is ${PH('319-642-0085', 'x')}. I need a copy of my shot records for my new job at the elevator. My email is ${X('EMAIL', 'kurt.vandenberg@outlook.com', 'kurt dot vandenberg at outlook dot com')}. I'm ${N('Kurt Vandenberg')}.`,
  `Hi, this is ${N('Dorothy Gaskins')}. I had my cataract surgery ${D('September the 30th', 'september the thirtieth')} and I'm supposed to come in for the follow up, but my ride fell through. My grandson can bring me ${T('Wednesday', 'wednesday')} after ${T('3', 'three')}. Call ${PH('229-377-5102', 'p')}.`,
  `This here's ${N('Junior Blevins')}, well, ${N('Roy Blevins Junior')}. I got the letter about my ‹CPAP|c pap›, the machine number on the back is ${X('DEVICE', 'RS20 4471 9382', 'r s two oh four four seven one nine three eight two')}. They say it's on some kind of recall. Holler at me, ${PH('606-573-2088', 'x')}.`,
  `Hello, I'm calling from the Methodist food pantry, my name's ${N('Glenda Stroud')}. One of our folks, ${N('Eugene Pickett')}, asked me to call, he ain't got a phone. He lives at ${X('ADDRESS', '118 Sycamore Street, Marked Tree', 'one eighteen sycamore street marked tree')}, and his feet are swelling real bad. You can reach me at ${PH('870-358-4127', 'p')}.`,
  `Hi. I just need to know if my lab work come back. I did the blood draw ${D('Monday the 2nd', 'monday the second')}. My name is ${N('Rosalinda Ybarra')}, date of birth ${D('11/2/1968', 'eleven two sixty eight')}. You can text me at ${PH('806-272-9351', 'p')}.`,
  // 20
  `Yeah, y'all called me about the mammogram, I'm returning the call. It's ${N('Peggy Sue Whitlow')}. Number's ${PH('(580) 223-1460', 'p')}. I'll be out at the sale barn all afternoon so leave a message.`,
  `Hi, I'm calling for my mother-in-law, ${N('Bertha Lindqvist')}. Her social is ${X('SSN', '414-62-8803', 'four one four six two eight eight oh three')}, the hospital in Sioux Falls wanted it for the transfer paperwork and said y'all would have it on file. I'm ${N('Karen Lindqvist')}, ${PH('605-336-7719', 'p')}.`,
  `Morning. This is ${N('Ervin Yoder')}. I don't have a phone at the house, this is the neighbour's, ${PH('330-674-2215', 'd')}. I cut my hand on the baler ${D('Tuesday, June 10th', 'tuesday june tenth')} and it's got red streaks now. I can come in anytime.`,
  `Hi, it's ${N('Sheila Brantley')}. I'm calling to change my address on file, we moved out to ${X('ADDRESS', '4417 County Road 220, Paragould, Arkansas 72450', 'forty four seventeen county road two twenty paragould arkansas seven two four five oh')}. Phone's the same, ${PH('870-215-3398', 'p')}.`,
  `Hey there, ${PH('417-293-6605', 'x')}. I'm needing a refill on the Eliquis, ${T('5 mg', 'five milligram')}, twice a day. ${P('Dr. Amadi')} put me on it after the heart thing. It's ${N('Bobby Ray Thigpen')}, born ${D('the 22nd of February, 1950', 'the twenty second of february nineteen fifty')}.`,
  // 25
  `This is a message for ${P('Dr. Castellanos')}. It's ${N('Maria Elena Cárdenas')} calling about my son ${N('Adrián')}, he's the one with asthma. The school nurse needs the form signed. Email it to ${X('EMAIL', 'mcardenas1977@yahoo.com', 'm cardenas nineteen seventy seven at yahoo dot com')} if you can. Thank you.`,
  `Hey, this is ${N('Travis Goins')}. Got my ‹DOT|d o t› physical set for ${D('the 8th', 'the eighth')} but the dispatcher needs my truck info on the form. Plate is ${X('VEHICLE', 'TN 7K4 22R', 't n seven k four two two r')}. Call me back at ${PH('423-586-1049', 'p')}, I'm on the road till ${T('6', 'six')}.`,
  `Y'all, this is ${N('Imogene Carver')}. I'm ${X('AGE', '93', 'ninety three')} years old and I don't do the computer, so don't tell me to look at that portal. I want somebody to call me and tell me what my cholesterol was. ${PH('479-524-3061', 'p')}.`,
  `Good morning. This is ${N('Lamar Hubbard')}, calling for ${N('Odell Freeman')}. He's my uncle, he's ${T('86', 'eighty six')}, lives by himself in ${X('ADDRESS', 'Tillar', 'tillar')}. He fell off the porch step last night, says he's fine but he's limping. My number's ${PH('870-392-4415', 'p')}.`,
  `Hi, I'm trying to get my records sent to the ‹VA|v a› clinic in Fayetteville. My name's ${N('Duane Rutledge')}, last four of my social is ${X('SSN', '6628', 'six six two eight')}, date of birth ${D('May 27th, 1955', 'may twenty seventh nineteen fifty five')}. You can reach me at ${PH('479-443-0176', 'p')}.`,
  // 30
  `Hello, my name's ${N('Norma Jean Satterfield')}. I wanted to ask if y'all take the Humana. My member ID is ${X('HEALTH_PLAN_ID', 'H48273611', 'h four eight two seven three six one one')}. I just moved back home after forty years away. Call me at ${PH('662-401-8853', 'x')}.`,
  `Hey, it's me again, ${N('Delbert')}. Forgot to say, the pharmacy that's got my stuff is the Walmart in Jonesboro, not the one in town. Okay, bye.`,
  `This is ${N('Carol Ann Weems')}, I'm a nurse over at Hospice of the Ozarks. We've got a mutual patient, ${N('Luther Bagwell')}, date of birth ${D('December 1st, 1938', 'december first nineteen thirty eight')}, and we need an order for morphine changed. My cell is ${PH('417-532-8890', 'p')}, please call.`,
  `Yeah, hi, I had a appointment for the wart on my hand at ${T('10:15', 'ten fifteen')} and I'm running late, got behind a combine on the highway. Be there in ${T('20 minutes', 'twenty minutes')}. It's ${N('Cody Neumann')}.`,
  `Good afternoon. My dad is ${N('Arvel Sizemore')}, he's a patient of ${P('Dr. Bledsoe')}. He's ${X('AGE', '90', 'ninety')} now and his pacemaker checkup letter says to call y'all. The serial number on the card is ${X('DEVICE', 'PJN 418827 H', 'p j n four one eight eight two seven h')}. This is ${N('Donna Sizemore')} at ${PH('(606) 672-3304', 'p')}.`,
  // 35
  `Hello, you've got Reverend ${N('Dale Huckaby')} at Pleasant Grove Church. One of our members, ${N('Iva Crump')}, asked me to get her appointment moved to ${D('the 19th', 'the nineteenth')} since the church van only runs then. My number is ${PH('731-642-5518', 'p')}.`,
  `This here's ${PH('575-763-2294', 'p')}. Calling about my wife's thyroid medicine, the ${T('75 microgram', 'seventy five microgram')} one. She's in the field so I'm calling for her. Her name is ${N('Connie Mae Orosco')}, and I'm ${N('Ray Orosco')}.`,
  `Hi, ${N('Bonnie Whitsett')} here. I got the bill for the stitches, account ${X('ACCOUNT', '7730-2291', 'seventy seven thirty twenty two ninety one')}, and Farm Bureau says they already paid it. Could somebody in billing give me a call at ${PH('(785) 738-4402', 'p')}?`,
  `Morning. I wanted to let y'all know I won't make it in ${T('Friday', 'friday')}, my daughter's having her baby in Tulsa. It's ${N('Arlene Stigall')}. Go ahead and put me in the week after if you can.`,
  `Hey doc, this is ${N('Harley Munsell')}. My email's ${X('EMAIL', 'hmunsell@windstream.net', 'h munsell at windstream dot net')}. Can y'all send the paper for the gun permit over there? The sheriff's office needs it filled out by ${P('Dr. Ostrander')}. My cell's ${PH('308-284-7716', 'x')}.`,
  // 40
  `Hi, this is ${N('Marlene Fitch')}, calling for my mother, ${N('Edna Rawlings')}, born ${D('the 30th of April, 1929', 'the thirtieth of april nineteen twenty nine')}. She's ${X('AGE', '97', 'ninety seven')}, and she's quit eating since ${T('Tuesday', 'tuesday')}. She's at my house, ${X('ADDRESS', '2906 Old Mill Road, Fulton, Kentucky', 'twenty nine oh six old mill road fulton kentucky')}. Phone's ${PH('270-472-1185', 'p')}.`,
  `Yeah, this is ${N('Buck Harrelson')}. Need to talk to somebody about my back. I can't hardly sit in the truck more than an hour. Number's ${PH('479-754-2063', 'p')}, ${N('Buck')}.`,
  `Hello, I'm with the Cass County Council on Aging, this is ${N('Shirley Kuykendall')}. We do the rides. Mr., excuse me, ${N('Thurman Pyle')} is scheduled with y'all ${D('Thursday, the 6th', 'thursday the sixth')} and the driver needs to know how long he'll be. I'm at ${PH('816-380-4521', 'p')}.`,
  `It's ${N('Darlene')}. Call me back. ${PH('437-2219', 'four three seven twenty two nineteen')}.`,
  `Hi, this message is for ${P('Dr. Amadi')}. I'm ${N('Priscilla Odom')}. I had the colonoscopy ${D('August the 12th', 'august the twelfth')} at the hospital in Conway and they told me y'all would call with the biopsy. I haven't heard anything. ${PH('501-849-3076', 'p')}.`,
  // 45
  `Howdy. I'm calling to pay on my daughter's account, ${N('Kaylee Boggs')}. I'll give you the card, it's ${X('CARD', '5314 4567 7482 8184', 'five three one four four five six seven seven four eight two eight one eight four')}. The account number's ${X('ACCOUNT', '503318', 'five oh three three one eight')}. I'm ${N('Rhonda Boggs')}, ${PH('304-752-6190', 'p')}.`,
  `Yes, hello. This is ${N('Walter Krejci')}. My wife ${N('Ludmila')} is ${X('AGE', '92', 'ninety two')} and she needs her flu shot, but she can't come in. Is there a nurse that comes out to the house? We're at ${X('ADDRESS', '5512 Highway 77, West, Texas 76691', 'fifty five twelve highway seventy seven west texas seven six six nine one')}. Phone ${PH('254-826-3047', 'p')}.`,
  `Hi, it's ${N('Misty Renfroe')}. I'm needing to bring my boy in for his sports physical, he's got football starting next month. He's ${N('Colton')}, born ${D('3/15/2011', 'three fifteen two thousand eleven')}. ${PH('256-638-9022', 'p')}.`,
  `This is ${N('Jimmy Don Crabtree')}. I drive a log truck. The state cop said I need my blood sugar paperwork in the truck. My license is ${X('LICENSE', 'D402-118-907', 'd four oh two one one eight nine oh seven')}. Y'all can fax it to the house, ${PH('(318) 628-4416', 'p')}. Thanks.`,
  `Hi, this is ${N('Gloria Hatfield')}, I had a question. The lady at the desk, ${N('Janelle')}, said you could send my lab results to my portal, but I can't get on. The page says it blocked my computer, address ${X('IP', '172.16.41.208', 'one seventy two dot sixteen dot forty one dot two oh eight')}. Please call me at ${PH('606-789-3352', 'p')}.`,
  // 50
  `Yeah, I'm calling about the prescription. They filled ${T('30 pills', 'thirty pills')} but the bottle says take ${T('2', 'two')} a day, so I'm gonna run out. This is ${N('Otis Grubbs')}, birthday ${D("the 11th of November, '44", 'the eleventh of november forty four')}. ${PH('870-886-1590', 'p')}.`,
  `Hi. I'm calling for ${N('Mabel Cates')}, I'm her niece, ${N('Robin Cates')}. Aunt ${N('Mabel')} turned ${X('AGE', '100', 'a hundred')} last month and the nursing home says she needs a ‹TB|t b› test before they'll take her. Her Medicaid number is ${X('HEALTH_PLAN_ID', '6623118045', 'six six two three one one eight oh four five')}. My number is ${PH('(662) 283-7719', 'p')}.`,
  `Good morning, this is ${N('Leon Pfeiffer')}. My wife set up one of them online pages so the church can keep up with my chemo, it's ${X('URL', 'caringbridge.org/visit/leonpfeiffer', 'caring bridge dot org slash visit slash leon pfeiffer')}. ${P('Dr. Ostrander')} said he'd like the link. Call me at ${PH('402-729-5503', 'p')} if y'all can't get to it.`,
  `Hey, this is ${N('Dustin Kilgore')}. I need to reschedule my physical, I got called out on a load to Memphis. I'm back ${T('Sunday', 'sunday')}. ${PH('731-225-0847', 'zp')}.`,
  `Hello, I'm calling about ${N('Verna Tuggle')}. This is her son, ${N('Ronnie')}. She fell and broke her hip ${D('October 28th', 'october twenty eighth')}, she's at the rehab in Dyersburg. Her chart number with y'all is ${X('MRN', '4417093', 'four four one seven oh nine three')}. ${PH('731-676-2204', 'x')}.`,
  // 55
  `Hi, my name is ${N('Angela Pritchett')}. I got the voicemail about my pap smear results. My number's ${PH('918-456-7730', 'p')} and I'm home all day.`,
  `Hey y'all, it's ${N('Earl Gentry')}, ${PH('479-667-2258', 'x')}. My blood pressure was ${T('180 over 95', 'one eighty over ninety five')} at the Walgreens machine today. Is that something I need to come in for? I'm taking the amlodipine, ${T('10', 'ten')} milligram.`,
  `This is ${N('Patsy Dotson')} with the Hardin County Extension office, calling on behalf of ${N('Dewey Lambert')}. He asked me to tell y'all his new address is ${X('ADDRESS', 'Rural Route 2, Box 118, Pocahontas, Arkansas', 'rural route two box one eighteen pocahontas arkansas')}. He don't have a phone yet, but you can call me at ${PH('870-892-3104', 'p')}.`,
  `Hi, I'm calling to see if I can get a referral to a foot doctor. I'm a diabetic, got a sore on my heel that won't heal. It's ${N('Loyd Whitener')}, ${N('L-O-Y-D')}. Date of birth is ${D('2/6/1958', 'two six fifty eight')}. Phone ${PH('423-727-6618', 'p')}.`,
  `Yes, this is ${N('Lottie McCracken')}. I need my husband's records sent to the heart doctor in Springfield, his name's ${N('Harold McCracken')}, medical record number ${X('MRN', 'MR-221847', 'm r two two one eight four seven')}. Fax number over there I'll have to call back with. My number's ${PH('417-745-1199', 'p')}.`,
  // 60
  `Hey, ${N('Shelby')} here, ${PH('256-593-7728', 'd')}, calling about my grandmother, ${N('Ozella Burkhalter')}. She's ${X('AGE', '95', 'ninety five')} and her legs are all swole up. We'd like to get her in this week if y'all can.`,
  `Good afternoon. This is ${N('Amos Stutzman')}. I'm calling to ask what I owe, I like to pay cash. Statement number ${X('ACCOUNT', '88204517', 'eighty eight twenty forty five seventeen')}. I'll come by the window ${T('Saturday', 'saturday')} if y'all are open.`,
  `Hello, I'm calling about my prescription for the inhaler. It's ${N('Cheryl Ann Lusk')}. They said at the Harps pharmacy y'all didn't send it over yet. Call me at ${PH('479-394-8136', 'p')} or my desk at work, ${PH('479-394-2200, extension 14', 'four seven nine three nine four twenty two hundred extension fourteen')}.`,
  `Hey, it's ${N('Kenny Birdsong')}, number is ${PH('(870) 564-3317', 'p')}. I'm calling about my ‹DOT|d o t› card. My ‹CDL|c d l› is ${X('LICENSE', '9XK402281', 'nine x k four oh two two eight one')}, Arkansas. The clinic in Blytheville says they can't do it till January so I'd like to come to y'all.`,
  `Hi, this is ${N('Juanita Ledbetter')}. My husband ${N('Curtis')} had his pacemaker put in ${D('July 7th', 'july seventh')} and the remote monitor keeps blinking red. The serial number's ${X('DEVICE', 'CSD 300 7748 N', 'c s d three hundred seven seven four eight n')}. Please call ${PH('(573) 785-2041', 'p')}.`,
  // 65
  `Yeah, this is about my mother, ${N('Eula Rayburn')}, and her Medicare. The card number is ${X('HEALTH_PLAN_ID', '7TW1-QP3-HA58')}. The hospital billed y'all wrong. I'm ${N('Sandra')}, her daughter, and you can reach me at ${PH('903-874-6620', 'p')}.`,
  `This here's ${N('Homer Stiles')}, calling to thank ${P('Dr. Whitfield')} for coming out to see my brother at the farm. He's doing better. That's all.`,
  `Hi, it's ${N('Debbie Gault')}, I'm calling for my neighbour, ${N('Alma Fender')}. She's ${X('AGE', '98', 'ninety eight')}, lives down the road from me at ${X('ADDRESS', '71 Pecan Lane, Hope, Arkansas 71801', 'seventy one pecan lane hope arkansas seven one eight oh one')}. She's out of her heart pills and I'd be glad to pick 'em up. My cell is ${PH('870-703-4458', 'p')}.`,
  `Good morning. I'm needing a note for work, I was out sick ${D('Monday, November 3rd', 'monday november third')} through ${D('Wednesday, November 5th', 'wednesday november fifth')}. This is ${N('Darnell Whitmore')}. Email's ${X('EMAIL', 'dwhitmore62@gmail.com', 'd whitmore sixty two at gmail dot com')}. Thanks.`,
  `Hi, ${PH('605-942-3386', 'p')}, that's my house. I'd like to get in to see about this mole on my back, my wife says it's getting bigger. Name's ${N('Gordon Thorsen')}, ${N('Gordon')} with a G.`,
  // 70
  `Hello. I'm calling about ${N('Wilma Justus')}, my mother-in-law, date of birth ${D('June 16th, 1934', 'june sixteenth nineteen thirty four')}. She took her blood thinner twice this morning by mistake, two of the ${T('5 mg', 'five milligram')} Coumadin. What should we do? I'm ${N('Phyllis Justus')}, ${PH('(276) 935-4470', 'p')}.`,
  `Hey, y'all, this is ${N('Tony Gatlin')}. Wanted to see if I could get the rest of the hep B shots. I had the first one ${D('April 2nd', 'april second')}. Number's ${PH('501-557-2813', 'p')}.`,
  `Hi, I'm calling on behalf of ${N('Lucille Bratcher')}, I'm from the Pentecostal church down the road, Sister ${N('Jean Mobley')}. Miss ${N('Lucille')} is ${X('AGE', '96', 'ninety six')}, she's had a bad cough for two weeks and she won't call herself. You can get me at ${PH('270-597-3148', 'p')}.`,
  `This is ${N('Harvey Mundt')}. I'm calling about my ‹CPAP|c pap›. The supply company says they need a new prescription. Machine serial is ${X('DEVICE', '22181644307', 'two two one eight one six four four three oh seven')}. Holler back at ${PH('712-243-5906', 'p')}.`,
  `Yes, I got a question about my bill. I paid with my card ending in ${X('CARD', '4417', 'forty four seventeen')} and it charged me twice. My name is ${N('Ernestine Vick')}, account number ${X('ACCOUNT', '410-77-392', 'four one oh seven seven three nine two')}. Please call ${PH('252-793-1160', 'p')}.`,
  // 75
  `Hey, ${N('Jesse Lee Hooper')} calling, ${PH('304-466-9021', 'p')}. I done hurt my shoulder throwing hay bales and I can't lift my arm over my head. Can y'all work me in this week?`,
  `Hi, this is ${N('Lorraine Hershberger')}. I'd like to get my mother in for a memory test. She's ${T('84', 'eighty four')}, ${N('Ada Hershberger')}, and she's been leaving the stove on. My number's ${PH('574-825-3317', 'p')}.`,
  `Good morning, this message is for the nurse of ${P('Dr. Castellanos')}. I'm ${N('Guadalupe Rincón')}, and my husband ${N('Ramiro')} got stung by a bunch of wasps in the barn. His face is swelling. We're on our way to the ‹ER|e r› in Guymon but I wanted y'all to know. ${PH('580-338-6921', 'p')}.`,
  `Hi, it's ${N('Becky Lawhorn')}. My son ${N('Tyler')} needs his shot records for ${T('4-H', 'four h')} camp, he was born ${D('October 22nd, 2013', 'october twenty second twenty thirteen')}. You can email them to ${X('EMAIL', 'blawhorn@centurylink.net', 'b lawhorn at century link dot net')}. Thanks a bunch.`,
  `This is ${N('Cleatus Rhodes')}, ${PH('615-792-4403', 'p')}. My social's ${X('SSN', '238-50-7714', 'two three eight five oh seven seven one four')}, y'all needed it for the disability paper. ${P('Dr. Whitfield')} said he'd fill it out.`,
  // 80
  `Hello, I'm calling about an appointment for ${N('Virgil Tomlinson')}. He's my father, he's ${X('AGE', '99', 'ninety nine')}. He needs his toenails cut, he's diabetic and can't reach. We're out in ${X('ADDRESS', 'Clarendon', 'clarendon')}, so any time after ${T('10', 'ten')} works. I'm ${N('Nancy Tomlinson')}, ${PH('(870) 747-3392', 'p')}.`,
  `Hey, it's ${N('Wade Hollis')}. I left my reading glasses in the exam room this morning. Brown case. I'll swing by and get 'em tomorrow.`,
  `Yes, hi, this is ${N('Verlie Shoemake')}. I'm wanting to pay my balance. My card's a Discover, ${X('CARD', '6011 7729 3819 6555', 'six oh one one seven seven two nine three eight one nine six five five five')}. I'll be out at the church till late, so call ${PH('662-526-0143', 'p')} if there's a problem.`,
  `Hi, this is ${N('Trent Vogel')}. I'm a driver for Midwest Grain Haulers. I'm parked outside in the lot since I can't fit the rig in, and they said to give y'all my plate so you don't tow me. It's ${X('VEHICLE', 'NE 47-K119', 'n e four seven k one one nine')}. I'm here for my ${T('1:30', 'one thirty')}.`,
  `Good morning. ${PH('785-263-1048', 'p')}. I'm calling for my brother, ${N('Lyle Hoffman')}, he's had a stroke, I think. His speech is funny. We're taking him to the hospital in Salina. I'm ${N('Doris Engel')}.`,
  // 85
  `Hi, my name is ${N('Crystal Tidwell')}, I'm calling about my grandpa, ${N('Horace Tidwell')}. His Medicare is ${X('HEALTH_PLAN_ID', '3KR7-YU2-WD40')}. He got a bill from y'all saying his insurance was denied. Can somebody call me? ${PH('903-796-2258', 'p')}.`,
  `This is ${N('Esther Kleinsasser')}. I got my flu shot there ${D('October 9th', 'october ninth')} and my arm's been hurting ever since, now it's red and hot. Call ${PH('605-928-7714', 'p')}.`,
  `Hey there, ${N('Dwight Burrell')}, born ${D('the 17th of March, sixty-three', 'the seventeenth of march sixty three')}. Y'all got me down for a sleep study referral and I ain't heard nothing. Number's ${PH('(479) 631-5507', 'p')}.`,
  `Hi, this is the Sunnyside Assisted Living, I'm ${N('Kim')}, the nurse on days. We have ${N('Raymond Coldiron')}, ${X('MRN', 'MR 0932716', 'm r oh nine three two seven one six')} on your end, he's ${X('AGE', '92', 'ninety two')} and he's refused his meds for three days. ${P('Dr. Bledsoe')} wanted a call. My cell is ${PH('606-528-4470', 'x')}.`,
  `Yes, this is ${N('Mavis Honeycutt')}. I'd like to switch my refills to the mail order pharmacy. My member number with the plan is ${X('HEALTH_PLAN_ID', 'XQF914207338', 'x q f nine one four two oh seven three three eight')}. Call me back at ${PH('828-396-7102', 'p')}.`,
  // 90
  `Hey, this is ${N('Russell Dupree')}. My truck's got a camera thing on it that needs a doctor note for my eyes. The VIN is ${X('VEHICLE', '1FUJGLDR7CLBP8834', 'one f u j g l d r seven c l b p eight eight three four')}. Call me, ${PH('337-824-1169', 'p')}.`,
  `Hi, I'm calling for ${N('Alvin Kettering')}. I'm his next-door neighbour, ${N('Sue Ellen Roush')}. He's ${X('AGE', '91', 'ninety one')} and he ain't been answering his door since ${T('Saturday', 'saturday')}. I called the sheriff but I wanted his doctor to know. His house is ${X('ADDRESS', '309 North Elm, Eldon, Missouri', 'three oh nine north elm eldon missouri')}. My number's ${PH('573-392-0826', 'p')}.`,
  `Good afternoon, this is ${N('Ida Mae Blankenship')}, ${PH('606-439-2115', 'p')}. My Coumadin level was high, they told me to hold my pill tonight and come back ${D('Thursday the 20th', 'thursday the twentieth')}. I just wanted to make sure that's right.`,
  `Hey, I need a work note. I'm ${N('Chance Beckwith')}, I hurt my back loading cattle ${D('Saturday, January 10th', 'saturday january tenth')}. My email's ${X('EMAIL', 'chance.beckwith@hotmail.com', 'chance dot beckwith at hotmail dot com')}, or call ${PH('940-825-3371', 'p')}.`,
  `Hi, this is ${N('Doreen Sparks')}. I'm calling because my mother's glucose sensor fell off and the company wants the serial off the reader, it's ${X('DEVICE', 'MG2W-40187-LT', 'm g two w four oh one eight seven l t')}. Mama's ${N('Wilhelmina Sparks')}. My phone's ${PH('785-493-6612', 'p')}.`,
  // 95
  `Yeah, ${PH('731-249-5503', 'p')}, ${N('Lester Pounds')}. That's all I'm gonna say, y'all know what it's about.`,
  `Hello, this is ${N('Eloise Dorsett')}. I'd like to get my husband's records. He passed ${D('August 17th', 'august seventeenth')} and the lawyer needs them. His name was ${N('Franklin Dorsett')}, his social was ${X('SSN', '409-18-2237', 'four oh nine one eight twenty two thirty seven')}. My number is ${PH('(270) 684-3390', 'p')}.`,
  `Hi, it's ${N('Jolynn Fairchild')}. My granddaughter made me a page where I keep my sugar numbers, ${X('URL', 'www.jolynnsugarlog.com', 'w w w dot jo lynn sugar log dot com')}, and she said ${P('Dr. Amadi')} could look at it. Call me if it don't work, ${PH('870-424-6617', 'p')}.`,
  `Hey, this is ${N('Rodney Pitts')}. I'm calling for my dad, ${N('Cecil Pitts')}, the portal keeps locking him out. My son says the error shows ${X('IP', '10.0.12.87', 'ten dot oh dot twelve dot eighty seven')}, whatever that means. Give me a call at ${PH('479-968-7712', 'p')}.`,
  `Good morning, y'all. This is ${N('Bernice Holloway')}. Just wanting to let the doctor know my blood pressure's come down to ${T('130 over 80', 'one thirty over eighty')} since he changed my pills. No need to call back.`,
  // 100
  `Hi, this message is for ${N('Janelle')} in billing. It's ${N('Cathy Voss')}. I'm paying the rest of my husband's bill, it's ${X('CARD', '4035 4741 0935 1799', 'four oh three five four seven four one oh nine three five one seven nine nine')}, account ${X('ACCOUNT', '55210934', 'five five two one oh nine three four')}. His name's ${N('Gary Voss')}. Call ${PH('308-532-4481', 'p')}.`,
  `Hey, this is ${N('Ricky Mayfield')}. My son's working on our computer and he says the patient site keeps saying access denied for ${X('IP', '192.168.1.44', 'one ninety two dot one sixty eight dot one dot forty four')}. I'm just trying to see my x-ray results. ${PH('662-842-3390', 'p')}.`,
  `This is ${N('Gladys Overstreet')}, I'm ${X('AGE', '102', 'a hundred and two')} and I still drive myself to church. I need my license form filled out by ${P('Dr. Whitfield')}, the state says anybody my age needs one. My driver's license is ${X('LICENSE', 'F220518744', 'f two two oh five one eight seven four four')}. Call me at home, ${PH('(731) 632-4178', 'p')}.`,
  `Hi, this is ${N('Kyle Lanier')}. I'm calling about my grandmother's account. Her name is ${N('Pauline Lanier')}, account ${X('ACCOUNT', 'PL-00481', 'p l oh oh four eight one')}. She wants to know why her statement says she owes for ${D('the 3rd of September', 'the third of september')}. ${PH('334-566-9402', 'p')}.`,
  `Hey y'all, ${N('Tater')}, I mean ${N('Harold Beasley')}. My granddaughter posts on her page all my doctor stuff, ${X('URL', 'facebook.com/harold.beasley.5', 'facebook dot com slash harold dot beasley dot five')}, and I'd like y'all to look at the picture of my rash there. Or call me, ${PH('256-845-1173', 'p')}.`,
  // 105
  `Good afternoon. This here's ${N('Vada Crisp')}. I'm calling for a refill on the potassium, ${T('20 meq', 'twenty m e q')}. My address is ${X('ADDRESS', '1604 Lakeview Drive, Batesville, Mississippi 38606', 'sixteen oh four lakeview drive batesville mississippi three eight six oh six')}, in case y'all mail it. Phone ${PH('662-563-9908', 'p')}.`,
  `Hello, my name is ${N('Herschel Gant')}. I got a new health plan through my wife's work at the poultry plant, Blue Cross. Member ID ${X('HEALTH_PLAN_ID', 'ZGB880341926', 'z g b eight eight oh three four one nine two six')}. I wanted y'all to have it before my visit ${D('the 25th', 'the twenty fifth')}. ${PH('479-273-1144', 'p')}.`,
  `Hi, I'm ${N('Annie Whisenhunt')}, and I want to complain about how long I waited ${T('Tuesday', 'tuesday')}. Two hours in that waiting room. Somebody call me, ${PH('903-885-2271', 'p')}.`,
  `Yeah, hi, ${N('Roger Gambrell')}. My Medicaid number is ${X('HEALTH_PLAN_ID', '918826740A', 'nine one eight eight two six seven four oh a')}. Y'all said it wasn't on file. You can call me at ${PH('864-583-0027', 'zp')}.`,
  `Morning, it's ${N('Wilbur Haas')}. The concentrator serial I gave y'all was wrong, it's ${X('DEVICE', 'CN11-40958', 'c n eleven four oh nine five eight')}. Sorry about that. ${PH('620-343-7185', 'p')}.`,
  // 110
  `Hi, this is ${N('Marcy Dillard')}, calling for my father-in-law, ${N('Ambrose Dillard')}. My son put all of his medicine list on a link so everybody can see it, ${X('URL', 'bit.ly/ambrose-meds', 'bit dot l y slash ambrose meds')}. Could ${P('Dr. Ostrander')} look it over before his visit ${D('Tuesday, December 9th', 'tuesday december ninth')}? I'm at ${PH('270-443-5817', 'p')}.`,
  `Yeah, ${PH('501-362-4098', 'zp')}. I tried to pay my bill on y'all's website and it says my ‹IP|i p› address ${X('IP', '68.104.22.197', 'sixty eight dot one oh four dot twenty two dot one ninety seven')} is blocked. I don't know what that means. It's ${N('Gene Sorrells')}.`,
  `Hey, this is ${N('Otha Mullins')}, I'm sitting out front in the white Ford, tag number ${X('VEHICLE', '4HK-772', 'four h k seven seven two')}. My hip's so bad I can't get out of the truck. Can somebody come out to me? Number's ${PH('870-523-6649', 'p')}.`,
  `Hi, ${N('Lonzo Bird')} here. The ‹DOT|d o t› form y'all gave me wants my license number and social wrote on it and I left 'em blank. License is ${X('LICENSE', 'S530-4418-2271', 's five three oh four four one eight two two seven one')}, social's ${X('SSN', '521-08-3349', 'five twenty one oh eight thirty three forty nine')}. Call ${PH('573-651-2280', 'p')} if you need anything else.`,
  `Good morning. This is ${N('Claudine Petty')}, calling to pay on my account, ${X('ACCOUNT', '3009417', 'three oh oh nine four one seven')}. I'll use my American Express, ${X('CARD', '3710 767739 88846', 'three seven one oh seven six seven seven three nine eight eight eight four six')}. Born ${D('March the 2nd, 1941', 'march the second nineteen forty one')}, if y'all need that.`,
  // 115
  `Yes, I'm just calling to see if y'all are open the Friday after Thanksgiving. My mama's got a follow up and we're trying to plan the drive up from the lake. Call back whenever you get a chance.`,
  `Hey, somebody left a message on the machine here about a refill being ready but didn't say who it's for. There's four of us in this house on blood pressure medicine. Call back and tell me which one, please.`,
  `Hello, I'm ${N('Myrtle Haskell')}'s granddaughter, ${N('Kaitlyn')}. Grandma's medical record number is ${X('MRN', '20-44871', 'twenty forty four eight seventy one')}, and the surgeon in Little Rock needs her last ‹EKG|e k g› before ${D('the 15th', 'the fifteenth')}. You can reach me at ${PH('(501) 941-3326', 'p')}.`,
];
