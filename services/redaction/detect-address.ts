/**
 * Street addresses: a house number, one to four street-name words and a street suffix, then optionally
 * a unit, a city, a state and a ZIP code ("5147 Sunset Boulevard, Riverside 92501",
 * "fifty one forty seven sunset boulevard riverside nine two five zero one"). Also P.O. boxes.
 */
import { type Ctx, isNumTok, isDigitTok, atomsOf, letterOf } from './detect-context.ts';
import { CA_PROVINCES, COUNTRIES, HOME_UNITS, ISLANDS, STAY_UNITS, FUNCTION_WORDS, MEDICATIONS, MONTHS, ORG_NAMES, ORG_WORDS, RELATIONS, STATE_PAIRS, STREET_SUFFIXES, WEAK_STREET_SUFFIXES, UNIT_WORDS, US_STATES, ORDINAL_WORDS, WEEKDAYS } from './lexicon.ts';
import { parseChunks, type Atom } from './numbers.ts';
import { isEnglishWord } from './name-data.ts';
import { clearGiven, clearSurname } from './name-words.ts';
import { MAX_PLACE_WORDS, placeClass } from './place-data.ts';

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'northeast', 'northwest', 'southeast', 'southwest']);

/** End index (exclusive) of a run of number words / digit groups / letters starting at i, and its digits. */
export function numberRun(ctx: Ctx, i: number, maxTokens = 24): { end: number; digits: string; atoms: Atom[] } {
  const atoms: Atom[] = [];
  let j = i;
  for (; j < ctx.toks.length && j < i + maxTokens; j++) {
    const t = ctx.toks[j]!;
    if (!ctx.free(j)) break;
    const isNum = isNumTok(t) || ((t.low === 'double' || t.low === 'triple') && isNumTok(ctx.toks[j + 1])) || (t.low === 'and' && atoms.length > 0 && isNumTok(ctx.toks[j + 1]) && /hundred|thousand/.test(atoms[atoms.length - 1]!.w));
    const isLetter = letterOf(t) !== undefined && t.low !== 'a' && t.low !== 'i';
    if (!isNum && !isLetter && !isDigitTok(t)) break;
    if (isLetter && atoms.length === 0) break; // a run starts with a number here
    if (!isNum && !isLetter && !isDigitTok(t) && atoms.length === 0) break;
    atoms.push(...atomsOf(t));
    if (ctx.breakAfter(j) || t.commaAfter) { j++; break; }
  }
  const digits = parseChunks(atoms).map((c) => c.digits).join('');
  return { end: j, digits, atoms };
}

/** Ordinal words of street names, the tens past thirtieth too ("one seventieth street"): no date has them. */
const STREET_ORDINAL_TENS = new Set(['fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'hundredth']);
function ordinalWord(w: string): boolean {
  return w in ORDINAL_WORDS || STREET_ORDINAL_TENS.has(w);
}

function streetWordOk(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  if (!t || !ctx.free(j)) return false;
  if (/^\d+(st|nd|rd|th)$/.test(t.low) || ordinalWord(t.low)) return true;
  if (DIRECTIONS.has(t.low)) return true;
  if (!/^[a-z][a-z'.-]*$/i.test(t.core)) return false;
  if (FUNCTION_WORDS.has(t.low) && !STREET_SUFFIXES.has(t.low)) return false;
  if (isNumTok(t)) return false;
  // Written text capitalises street names; spoken text has no case to go by.
  return t.cap || !ctx.written;
}

export function detectAddresses(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i)) continue;
    const t = toks[i]!;
    // P.O. Box
    if ((t.low === 'po' || t.low === 'p.o' || t.low === 'post' || (t.low === 'p' && ctx.low(i + 1) === 'o')) && ctx.free(i + 1)) {
      let j = i + 1;
      if ((t.low === 'post' && ctx.low(j) === 'office') || t.low === 'p') j++;
      if (ctx.low(j) === 'box') {
        const run = numberRun(ctx, j + 1);
        if (run.digits.length >= 1 && run.end > j + 1) {
          // "P.O. Box 4471, Tulsa, OK 74101": the box takes a city, state and ZIP after it like a street does.
          const end = placeAfterBox(ctx, run.end - 1);
          ctx.claim(i, end, 'ADDRESS');
          i = end;
          continue;
        }
      }
    }
    // "Box 114, Lame Deer, 59043" after "address is", "we're at box nine shady grove": a box without "P.O.", with a place after it.
    if (t.low === 'box' && (addressCue(ctx, i) || (ctx.low(i - 1) === 'at' && BE_SUBJECTS.has(ctx.low(i - 2)) && !ctx.breakAfter(i - 2)))) {
      const run = numberRun(ctx, i + 1, 8);
      if (run.digits.length >= 1 && run.digits.length <= 6 && run.end > i + 1) {
        const end = placeAfterBox(ctx, run.end - 1);
        if (end > run.end - 1) {
          ctx.claim(i, end, 'ADDRESS');
          i = end;
          continue;
        }
      }
    }
    // "Rural Route 2, Box 17, Ashby, Minnesota", "r r four box nine"; "Route 4, Box 312, Crab Orchard", "HC 61, Box 2207"
    // (a highway contract route): a route or "HC" alone needs its box after it.
    const rr = (t.low === 'rural' && ctx.low(i + 1) === 'route') ? 2 : (t.low === 'rr' || (t.low === 'r' && ctx.low(i + 1) === 'r')) ? (t.low === 'rr' ? 1 : 2)
      : (t.low === 'route' || t.low === 'hc') ? 1 : (t.low === 'h' && ctx.low(i + 1) === 'c') ? 2 : 0;
    const needsBox = rr > 0 && (t.low === 'route' || t.low === 'hc' || t.low === 'h');
    if (rr && !ctx.breakAfter(i + rr - 1)) {
      const run = numberRun(ctx, i + rr, 6);
      if (run.digits.length >= 1 && run.digits.length <= 4 && run.end > i + rr) {
        let end = run.end - 1;
        let boxed = false;
        if (!ctx.breakAfter(end) && ctx.low(end + 1) === 'box') {
          const box = numberRun(ctx, end + 2, 6);
          if (box.end > end + 2 && box.digits.length >= 1) { end = box.end - 1; boxed = true; }
        }
        if (needsBox && !boxed) continue;
        end = placeAfterBox(ctx, end);
        ctx.claim(i, end, 'ADDRESS');
        i = end;
        continue;
      }
    }
    // "She lives on Elm Street": a street named without a house number after "live(s) on".
    // "We're over on Fulton Avenue now": a place adverb after someone, then the street.
    // "This is Eli Yoder out on Flat Iron Road", "the Troyer family out on Pope Road": a caller or a family, then the road.
    const overOn = PLACE_ADVERBS.has(ctx.low(i - 1)) && !ctx.breakAfter(i - 2) && (BE_SUBJECTS.has(ctx.low(i - 2)) || LIVE_WORDS.has(ctx.low(i - 2))
      || (ctx.low(i - 1) === 'out' && t.low === 'on' && (ctx.low(i - 2) === 'family' || callerNameBefore(ctx, i - 1))));
    // "lives alone on County Road 9", "lives by himself on ...": how someone lives, between the verb and "on".
    const aloneOn = (LIVING_ALONE.has(ctx.low(i - 1)) || (ctx.low(i - 1) === 'alone' && ctx.low(i - 2) === 'all'))
      && [2, 3].some((n) => RESIDE_VERBS.has(ctx.toks[i - n]?.base ?? ''));
    // "he lives with us on Cedar Street": who with, between the verb and "on".
    // "she lives with my folks on Hill Road": a relative instead.
    const withOn = (OBJECT_PRONOUNS.has(ctx.low(i - 1)) && ctx.low(i - 2) === 'with' && RESIDE_VERBS.has(ctx.toks[i - 3]?.base ?? '') && !ctx.breakAfter(i - 3))
      || ((RELATIONS.has(ctx.toks[i - 1]?.base ?? '') || ctx.low(i - 1) === 'folks') && POSSESSIVE_OWNERS.has(ctx.low(i - 2)) && ctx.low(i - 3) === 'with'
        && RESIDE_VERBS.has(ctx.toks[i - 4]?.base ?? '') && !ctx.breakAfter(i - 4) && !ctx.breakAfter(i - 3) && !ctx.breakAfter(i - 2) && !ctx.breakAfter(i - 1));
    // "He on Brickhouse Road", "she's my neighbor on Bohicket Road": someone on a street named with its suffix.
    const someoneOn = t.low === 'on' && i > 0 && !ctx.breakAfter(i - 1) && (['he', 'she', 'they', 'we'].includes(ctx.low(i - 1)) || ctx.low(i - 1) === 'neighbor'
      || ctx.low(i - 1) === 'neighbour') && (ctx.toks[i + 1]?.cap || !ctx.written);
    // "We're at County Road 84, number 22": someone at a numbered road.
    const atRoad = t.low === 'at' && SOMEONE_IS.has(ctx.low(i - 1)) && numberedRoad(ctx, i + 1) > i + 1 && ctx.low(numberedRoad(ctx, i + 1) + 1) !== 'box';
    if ((t.low === 'on' || t.low === 'off' || atRoad) && (LIVE_WORDS.has(ctx.low(i - 1)) || overOn || aloneOn || withOn || someoneOn || atRoad) && !ctx.breakAfter(i)) {
      // "I live alone on Camino de la Acequia": a Spanish street type opens the name.
      let end = Math.max(streetWithoutNumber(ctx, i + 1), spanishStreetEnd(ctx, i + 1, i + 1));
      if (atRoad) end = numberedRoad(ctx, i + 1);
      // "we're out on Highway 96 in Oxford": a road known by its number alone.
      if (end < 0 && NUMBERED_ROADS.has(ctx.low(i + 1)) && ctx.free(i + 1) && !ctx.breakAfter(i + 1) && (ctx.toks[i + 1]!.cap || !ctx.written)) {
        const run = numberRun(ctx, i + 2, 3);
        // "on Route 2, Box 118, Kittrell": a rural route with its box is read whole further on.
        if (run.end > i + 2 && /^\d{1,3}$/.test(run.digits) && ctx.low(run.end) !== 'box') end = run.end - 1;
      }
      // "out on county road forty", "county road oh one one four": a road known by its number; "County Road Q" by letters.
      if (end > 0 && NUMBERED_ROADS.has(ctx.low(end)) && !ctx.breakAfter(end)) {
        const run = numberRun(ctx, end + 1, 4);
        const letters = ctx.low(end - 1) === 'county' ? countyRoadLetters(ctx, end + 1) : -1;
        if (run.end > end + 1 && /^\d{1,4}$/.test(run.digits)) end = run.end - 1;
        else if (letters > end) end = letters;
      }
      if (end > 0) {
        // "she lives on Dupont Ave N": a direction after the suffix is part of the street.
        if (directionAfterSuffix(ctx, end)) end++;
        // "he lives with us on Cedar Street, Apartment 12, Burbank": the unit, then the town.
        end = unitsAfter(ctx, end);
        // "I live on Maple Street in Dexter", "..., Dexter": the town after it.
        const withCity = extendCityStateZip(ctx, end);
        end = withCity > end ? withCity : extendInCity(ctx, end);
        ctx.claim(i + 1, end, 'ADDRESS');
        i = end;
        continue;
      }
      // "I live over on Vashon", "she lives on Bainbridge": an island town the place data knows.
      const island = t.low === 'on' && (LIVE_WORDS.has(ctx.low(i - 1)) || overOn) && intersectionEnd(ctx, i + 1) < 0 ? placeAt(ctx, i + 1, 1) : -1;
      if (island > i && !ORG_WORDS.has(ctx.toks[island]!.base)) {
        const last = extendStateZip(ctx, island);
        ctx.claim(i + 1, last, 'ADDRESS');
        i = last;
        continue;
      }
    }
    // "we're on Walton and 170th", "she lives at Elm and Fifth Street": a home given by its cross streets, one of them
    // plainly a street (an ordinal or a suffix), so "I'm on Lisinopril and Metformin" stays.
    // "We're in Washington Heights, on 187th and Fort Washington": where someone is, said a few words before.
    if ((t.low === 'on' || t.low === 'at' || t.low === 'off') && (SOMEONE_IS.has(ctx.low(i - 1)) || LIVE_WORDS.has(ctx.low(i - 1)) || overOn
      || (ctx.toks[i - 1]?.commaAfter === true && personPlaceCue(ctx, i))) && !ctx.breakAfter(i)) {
      const end = intersectionEnd(ctx, i + 1);
      // After "I live on/off", any two street names will do: "I live off Atlantic and Whittier".
      // "I stay at Madison and Pulaski": after a verb of living, "at" too.
      if (end > 0 && (plainlyStreets(ctx, i + 1, end) || (LIVE_WORDS.has(ctx.low(i - 1)) && (t.low !== 'at' || RESIDE_VERBS.has(ctx.low(i - 1)))))) {
        const withCity = extendInCity(ctx, end);
        ctx.claim(i + 1, withCity, 'ADDRESS');
        i = withCity;
        continue;
      }
    }
    // "the corner of Maple and 5th", "intersection of elm and third street": two streets name a place.
    if ((t.low === 'corner' || t.low === 'intersection') && ctx.low(i + 1) === 'of' && !ctx.breakAfter(i + 1) && personPlaceCue(ctx, i)) {
      const end = intersectionEnd(ctx, i + 2);
      if (end > 0) {
        const withCity = extendInCity(ctx, end);
        ctx.claim(i + 2, withCity, 'ADDRESS');
        i = withCity;
        continue;
      }
    }
    // "on West 44th Street", "off 5th Avenue": an ordinal street needs no house number to be a place.
    {
      const dir = DIRECTIONS.has(t.low) && t.low.length > 2 && (t.cap || !ctx.written) && !ctx.breakAfter(i) ? 1 : 0;
      const end = ordinalStreetEnd(ctx, i + dir);
      // Without a direction "the one on Fifth Avenue" is more often a landmark than where someone lives.
      if (end > 0 && dir) {
        // "northeast one sixty fourth avenue in vancouver": the town after it.
        const withCity = extendInCity(ctx, end);
        ctx.claim(i, withCity, 'ADDRESS');
        i = withCity;
        continue;
      }
    }
    let numEnd: number;
    // "87-14 Roosevelt Avenue" (Queens), "98-1725 Kaʻahumanu Street" (Hawaiʻi): house numbers with a hyphen.
    // "W6218 County Road KK", "N4471 Highway 67": Wisconsin's rural numbers open with their direction's letter.
    if ((/^\d{1,6}[a-z]?$/i.test(t.core) || /^\d{2,3}-\d{2}$/.test(t.core) || /^\d{2}-\d{3,4}$/.test(t.core) || /^[NSEW]\d{3,5}$/.test(t.core))
      && !t.commaAfter && !t.boundaryAfter) {
      if (isDigitTok(toks[i - 1]) && !toks[i - 1]!.boundaryAfter && !toks[i - 1]!.commaAfter) continue;
      numEnd = i + 1;
    } else if (isNumTok(t) && (!isNumTok(toks[i - 1]) || unitWordBefore(ctx, i) >= 0)) {
      let run = numberRun(ctx, i, 10);
      // Spoken "one thirty six twenty thirty eighth avenue" (136-20 38th Avenue): the last number words belong to the
      // ordinal street after the house number.
      if (run.digits.length > 6 && !ctx.written && ordinalWord(ctx.low(run.end)) && STREET_SUFFIXES.has(ctx.low(run.end + 1))) {
        const n = [1, 2].find((m) => { const r = numberRun(ctx, i, run.end - i - m); return r.digits.length >= 3 && r.digits.length <= 6; });
        if (n !== undefined) run = numberRun(ctx, i, run.end - i - n);
      }
      // "two twenty one b baker street": one letter may follow the house number.
      if (run.digits.length === 0 || run.digits.length > 6 || /[A-Z]/.test(run.digits.replace(/^(\d+)[A-Z]$/, '$1'))) continue;
      numEnd = run.end;
      if (ctx.breakAfter(numEnd - 1)) continue;
    } else continue;
    // Street name words, then a suffix.
    let j = numEnd;
    let names = 0;
    let suffixAt = spanishStreetEnd(ctx, i, numEnd);
    // "3862 West 4100 South", "forty four seventy one north thirty one seventy five west": a grid address (Utah, parts of
    // Idaho and Wisconsin), a direction, a number and a direction.
    if (suffixAt < 0) suffixAt = gridStreetEnd(ctx, numEnd);
    while (suffixAt < 0 && j < toks.length && names <= 4) {
      const w = toks[j]!;
      // "twenty milligrams per m l": a dose or a measure after a number is never a street.
      if (DOSE_WORDS.has(w.low)) { names = -1; break; }
      // "1401 County Road 9", "1820 Highway 8": a road known by its number ends the street on that number.
      if (NUMBERED_ROADS.has(w.low) && ctx.free(j) && (w.cap || !ctx.written) && !ctx.breakAfter(j) && !w.commaAfter) {
        // "State Road 1130", "county road oh one one oh": state and county roads in the Carolinas and New Mexico run to four digits.
        const maxRoad = ROAD_KINDS.has(ctx.low(j - 1)) ? 4 : 3;
        const run = numberRun(ctx, j + 1, maxRoad);
        if (run.end > j + 1 && run.digits.length >= 1 && run.digits.length <= maxRoad && /^\d+$/.test(run.digits)) {
          suffixAt = run.end - 1;
          break;
        }
        // "County Road B", "County Road KK", "county road k k": county roads are lettered as well as numbered.
        const letters = countyRoadLetters(ctx, j + 1);
        if (ctx.low(j - 1) === 'county' && letters > j) {
          suffixAt = letters;
          break;
        }
      }
      if (names >= 1 && STREET_SUFFIXES.has(w.low.replace(/\.$/, '')) && ctx.free(j) && (w.cap || !ctx.written)) {
        suffixAt = j;
        // "Quail Run Lane": a suffix word can be part of the name when another suffix follows.
        const nx = toks[j + 1];
        if (nx && ctx.free(j + 1) && !ctx.breakAfter(j) && !w.commaAfter && STREET_SUFFIXES.has(nx.low.replace(/\.$/, '')) && (nx.cap || !ctx.written) && !UNIT_WORDS.has(nx.low)) suffixAt = j + 1;
        break;
      }
      // Spoken "west one forty fifth street": number words before an ordinal and a suffix name the street.
      const ordinalAhead = isNumTok(w) && !ctx.written && [1, 2].some((n) => ctx.toks.slice(j, j + n).every((x, q) => isNumTok(x) && ctx.free(j + q))
        && ordinalWord(ctx.low(j + n)) && (STREET_SUFFIXES.has(ctx.low(j + n + 1)) || (DIRECTIONS.has(ctx.low(j + n + 1)) && STREET_SUFFIXES.has(ctx.low(j + n + 2)))));
      // The number words of an ordinal count as one name word: "south one twenty ninth east avenue" has four.
      if (ordinalAhead) { if (!isNumTok(toks[j - 1]) || j === numEnd) names++; j++; continue; }
      // "Gulf of Mexico Drive", "avenue of the americas": "of" (and "the") inside a name that a suffix closes.
      const ofInside = names >= 1 && w.low === 'of' && ctx.free(j) && !ctx.breakAfter(j)
        && [2, 3].some((n) => strongSuffix(ctx, j + n) && Array.from({ length: n - 1 }, (_, q) => j + 1 + q)
          .every((q) => (streetWordOk(ctx, q) || ctx.low(q) === 'the') && !ctx.breakAfter(q) && !ctx.toks[q]!.commaAfter));
      if (ofInside) { names++; j++; continue; }
      if (!streetWordOk(ctx, j) || ctx.breakAfter(j) || w.commaAfter) break;
      names++;
      j++;
    }
    if (names < 0) continue;
    if (suffixAt < 0) {
      // "1500 West Lake, Room 241", "eighteen forty south blue island unit two r chicago": a street with no suffix,
      // then a unit and its number.
      const unitEnd = suffixlessWithUnit(ctx, i, numEnd);
      const last = unitEnd > 0 ? unitEnd : suffixlessAfterAddressWord(ctx, i, numEnd);
      if (last > 0) {
        const end = extendCityStateZip(ctx, last);
        ctx.claim(i, end, 'ADDRESS');
        i = end;
      }
      continue;
    }
    // "close" is an everyday word: as a street suffix in speech it needs an address cue before the number.
    if (toks[suffixAt]!.low === 'close' && !ctx.written && !addressCue(ctx, i)) continue;
    let end = suffixAt;
    // "Gulf Road North, Naples", "5th Avenue NE": a direction after the suffix belongs to the street name.
    if (directionAfterSuffix(ctx, end)) end++;
    // Units: "Apt 4B", "apartment four b", "#12", "Building C, Unit 11", "2nd floor".
    end = unitsAfter(ctx, end);
    const streetEnd = end;
    const withCity = extendCityStateZip(ctx, end);
    end = withCity === end ? extendInCity(ctx, end) : withCity;
    if (end === withCity && !ctx.written) {
      const city = spokenCityAfter(ctx, end);
      end = city > end ? city : spokenPrefixedCityAfter(ctx, end);
      if (end === streetEnd) end = townAfterStreet(ctx, end);
    }
    // "west forty fourth street": a direction before the house number or street belongs to it.
    const before = toks[i - 1];
    let start = before && ctx.free(i - 1) && !ctx.breakAfter(i - 1) && !before.commaAfter && DIRECTIONS.has(before.low)
      && before.low.length > 2 && (before.cap || !ctx.written) ? i - 1 : i;
    start = unitBefore(ctx, start);
    // Spoken "i'm at lot two fourteen fifty six oh one duncan road", "unit nine thirty seven hundred bee ridge road":
    // the unit and its number said before the house number.
    if (!ctx.written) { const u = unitWordBefore(ctx, start); if (u >= 0) start = u; }
    // Spoken "w six two one eight county road k k": the rural number's direction letter.
    if (!ctx.written && start === i && ['n', 's', 'e', 'w'].includes(ctx.low(i - 1)) && ctx.free(i - 1) && !ctx.breakAfter(i - 1) && !/^[a-z]$/.test(ctx.low(i - 2))
      && toks.slice(numEnd, suffixAt + 1).some((w) => NUMBERED_ROADS.has(w.low))) start = i - 1;
    ctx.claim(start, end, 'ADDRESS');
    i = end;
  }
  parkLots(ctx);
  homeUnits(ctx);
  detectCityStateZip(ctx);
  residenceHalls(ctx);
  lodgingStreets(ctx);
  detectResidenceTowns(ctx);
  placesSomeoneIsFrom(ctx);
  placesOutAt(ctx);
  liveWithoutIn(ctx);
  lodgingRooms(ctx);
  coloniesAndRanches(ctx);
  urbanizaciones(ctx);
  namedPlacesBeforeAddresses(ctx);
  spanishStreetsNumberAfter(ctx);
  ruralRoads(ctx);
  hollows(ctx);
  directionalMainStreets(ctx);
  stateRouteStreets(ctx);
  roadsAfterPlaces(ctx);
  townsOutsideAndAt(ctx);
  addressTails(ctx);
  townsByPlaceData(ctx);
}

/** Numbered spots that are homes, after a street: a marina's slip, a village's pod, a park's space or lot. */
const SPOT_WORDS = new Set(['slip', 'pod', 'space', 'lot', 'site', 'berth']);

/** The unit of a home after a street, and any further ones ("Building C, Unit 11"); returns the new end. */
/** Which flat on a floor: "second floor, rear", "third floor front". */
const FLOOR_SIDES = new Set(['rear', 'front', 'back', 'left', 'right']);

function unitsAfter(ctx: Ctx, streetEnd: number): number {
  let end = streetEnd;
  for (let n = 0; n < 3; n++) {
    const before = end;
    end = oneUnitAfter(ctx, end);
    // "3425 Bailey Avenue, 2nd floor": a floor, by its ordinal.
    if (end === before && !ctx.breakAfter(end)) {
      const o = ctx.toks[end + 1];
      if (o && ctx.free(end + 1) && (/^\d{1,2}(st|nd|rd|th)$/.test(o.low) || (ORDINAL_WORDS[o.low] ?? 99) <= 20) && ctx.low(end + 2) === 'floor'
        && ctx.free(end + 2) && !ctx.breakAfter(end + 1)) {
        end += 2;
        // "second floor, rear": which flat on the floor of a triple-decker.
        if (!ctx.breakAfter(end) && FLOOR_SIDES.has(ctx.low(end + 1)) && ctx.free(end + 1)) end++;
      }
    }
    if (end === before || ctx.breakAfter(end)) break;
  }
  return end;
}

/** One unit after token end: "Apt 4B", "apartment four b", "#12"; returns the new end (end when none). */
function oneUnitAfter(ctx: Ctx, end: number): number {
  if (!ctx.breakAfter(end)) {
    const u = ctx.toks[end + 1];
    // Written "2250 University Avenue, number 311": "number" and a short number alone after the street.
    const writtenNumber = ctx.written && /^\d{1,5}[A-Za-z]?$/.test(ctx.toks[end + 2]?.core ?? '') && !ctx.breakAfter(end + 1) && !isDigitTok(ctx.toks[end + 3]);
    // "Slip 27" at a marina, "Pod 11" in a tiny-house village, "Space 31" at an RV park: homes numbered like units.
    const homeSpot = u !== undefined && SPOT_WORDS.has(u.low) && (unitIdEnd(ctx, end + 2) >= 0 || /^[A-Z]-\d{1,3}$/.test(ctx.toks[end + 2]?.core ?? ''));
    if (u && ctx.free(end + 1) && /^#\w+$/.test(u.core)) end++;
    else if (homeSpot && ctx.free(end + 1)) {
      const id = unitIdEnd(ctx, end + 2);
      end = id >= 0 ? id : end + 2;
    } else if (u && ctx.free(end + 1) && UNIT_WORDS.has(u.low) && ((u.low !== 'number' && u.low !== 'no') || spokenUnitNumber(ctx, end + 1) || writtenNumber)) {
      // "apartment number four", "Apt. No. 4": the word "number" between the unit word and its number.
      if ((ctx.low(end + 2) === 'number' || ctx.low(end + 2) === 'no') && ctx.free(end + 2) && !ctx.breakAfter(end + 1) && numberRun(ctx, end + 3, 6).end > end + 3) end++;
      const run = numberRun(ctx, end + 2, 6);
      if (run.end > end + 2) {
        end = run.end - 1;
        // Spoken "apartment two a new york ...": the letter "a" (or "i") of the unit, when the city follows it.
        // "apartment three a my cell ...": or where the caller goes on with the next statement.
        if (!ctx.written && /^[ai]$/.test(ctx.low(end + 1)) && ctx.free(end + 1) && !ctx.breakAfter(end) && (extendCityStateZip(ctx, end + 1) > end + 1
          || (ctx.low(end + 1) === 'a' && spokenClauseEndsAt(ctx, end + 1)))) end++;
      }
      else if (/^\w{1,5}$/.test(ctx.toks[end + 2]?.core ?? '') && /\d/.test(ctx.toks[end + 2]!.core)) end += 2;
      // "Unit C": a unit named by one capital letter.
      else if (ctx.written && /^[A-Z]$/.test(ctx.toks[end + 2]?.core ?? '') && ctx.free(end + 2)) end += 2;
      // Spoken "unit b", "apartment c": one letter that no further spelled letter follows.
      else if (!ctx.written && u.low !== 'room' && u.low !== 'floor' && /^[a-z]$/.test(ctx.low(end + 2)) && ctx.free(end + 2)
        && !/^[a-z]$/.test(ctx.low(end + 3))) {
        end += 2;
        // "apartment c two oh four": the letter, then the number.
        const num = ctx.breakAfter(end) ? undefined : numberRun(ctx, end + 1, 5);
        if (num && num.end > end + 1 && /^\d{1,4}$/.test(num.digits) && !isNumTok(ctx.toks[num.end])) end = num.end - 1;
      }
    }
  }
  return end;
}

/** Units of doses and measures; a number before one is an amount, not a house number. */
const DOSE_WORDS = new Set(['milligrams', 'milligram', 'mg', 'mgs', 'micrograms', 'mcg', 'milliliters', 'milliliter', 'ml', 'cc', 'ccs',
  'grams', 'gram', 'units', 'per', 'tablets', 'tablet', 'pills', 'capsules', 'puffs', 'percent', 'doses', 'drops', 'liters', 'milliequivalents']);
/** Street types that come before the name in Spanish (and Italian) street names: "Calle Ocaso", "camino del sol". */
const SPANISH_STREET_TYPES = new Set(['calle', 'avenida', 'camino', 'via', 'paseo', 'callejon', 'carretera', 'plaza', 'calzada', 'vereda', 'rue', 'chemin']);
const SPANISH_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el']);

/**
 * "1187 Calle Ocaso", "eleven eighty seven calle ocaso": a Spanish street type at token k, right after the house
 * number, then the name (particles allowed: "camino de la reina"). Spoken text has no case to end the name by, so
 * it takes one name word and leaves what follows to the city and ZIP rules. Returns the last token of the street or -1.
 */
function spanishStreetEnd(ctx: Ctx, start: number, k: number): number {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k) || !SPANISH_STREET_TYPES.has(t.low) || ctx.breakAfter(k) || t.commaAfter || (ctx.written && !t.cap)) return -1;
  // "sent three via fax", "two plaza tickets": words that are also English need an address cue before the number.
  // "I'm at 2540 Via Venezia": someone being at the number will do too.
  const beingAt = ctx.low(start - 1) === 'at' && SOMEONE_IS.has(ctx.low(start - 2)) && !ctx.breakAfter(start - 2);
  if ((t.low === 'via' || t.low === 'plaza') && !addressCue(ctx, start) && !beingAt) return -1;
  let j = k + 1;
  while (SPANISH_PARTICLES.has(ctx.low(j)) && ctx.free(j) && !ctx.breakAfter(j) && j < k + 3) j++;
  if (!streetWordOk(ctx, j) || FUNCTION_WORDS.has(ctx.low(j)) || DOSE_WORDS.has(ctx.low(j))) return -1;
  if (!ctx.written) return j;
  // Written: the capitalised name words up to a comma or sentence end.
  let last = j;
  while (last < k + 4 && !ctx.breakAfter(last) && !ctx.toks[last]!.commaAfter && streetWordOk(ctx, last + 1) && ctx.toks[last + 1]!.cap) last++;
  return last;
}

/** Words before "the corner of" that place a person there ("we're at", "she lives near", "my house is on"). */
const PERSON_PLACE_WORDS = new Set(['my', 'our', 'his', 'her', 'their', 'address', 'apartment', 'building']);

/** A person placed at what follows: "we're at the corner of ...", not "the clinic at the corner of ...". */
function personPlaceCue(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (ctx.breakAfter(j)) return false;
    const w = ctx.toks[j]!.low;
    const person = PERSON_PLACE_WORDS.has(w) || RESIDE_VERBS.has(w) || LIVE_WORDS.has(w) || BE_SUBJECTS.has(w);
    if (person && !(w === 'is' || w === 'was' || w === 'are' || w === 'were')) return true;
  }
  return false;
}

const NOT_STREET_ADDRESS = new Set(['email', 'e-mail', 'mail', 'ip', 'web', 'mac', 'website']);
/** Everyday words that are also the usual names of streets. */
const COMMON_STREET_NAMES = new Set(['main', 'oak', 'elm', 'maple', 'pine', 'cedar', 'birch', 'walnut', 'cherry', 'chestnut', 'spruce',
  'willow', 'park', 'lake', 'hill', 'church', 'market', 'spring', 'river', 'center', 'broadway', 'highland', 'lincoln', 'washington',
  'jefferson', 'franklin', 'madison', 'jackson', 'grand', 'summit', 'ridge', 'state', 'water', 'mill', 'college', 'university']);


/**
 * Spoken: the index of a unit word ("lot", "unit", "apartment") said right before token i, or with a short unit number
 * between ("lot two | fourteen fifty six oh one"), after someone being or living there; -1 when none.
 */
function unitWordBefore(ctx: Ctx, i: number): number {
  if (ctx.written) return -1;
  for (let u = i - 1; u >= 0 && u >= i - 4; u--) {
    if (ctx.breakAfter(u)) return -1;
    // "apartment three b eight seventy pine avenue": the unit's number may end in a letter.
    if (!RESIDENT_UNITS.has(ctx.low(u))) { if (!isNumTok(ctx.toks[u]) && !(u === i - 1 && /^[b-hj-z]$/.test(ctx.low(u)))) return -1; continue; }
    if (!ctx.free(u) || !(ctx.low(u - 1) === 'at' || ctx.low(u - 1) === 'in' || addressCue(ctx, u))) return -1;
    if (u === i - 1) return u;
    const run = numberRun(ctx, u + 1, i - u - 1);
    return run.end === i && /^\d{1,4}[A-Z]?$/.test(run.digits) ? u : -1;
  }
  return -1;
}

function unitBefore(ctx: Ctx, start: number): number {
  // Written "apartment 6G, 1420 Grand Concourse", "lot 88, 8300 Honore Avenue": the unit and a comma before the house number.
  const prev = ctx.toks[start - 1];
  const unitWord = ctx.low(start - 2).replace(/\.$/, '');
  if (ctx.written && prev?.commaAfter && /^#?\d{1,4}[A-Z]?$/i.test(prev.core) && (HOME_UNITS.has(unitWord) || RESIDENT_UNITS.has(unitWord))
    && ctx.freeRange(start - 2, start - 1) && !ctx.breakAfter(start - 2)) return start - 2;
  if (ctx.low(start - 1) !== 'at' || !ctx.free(start - 1) || ctx.breakAfter(start - 2)) return start;
  // The unit's number (and letter) ends right before "at"; walk back to the unit word.
  for (let u = start - 3; u >= 0 && u >= start - 6; u--) {
    if (!HOME_UNITS.has(ctx.low(u)) || !ctx.freeRange(u, start - 1)) continue;
    let ok = true;
    for (let q = u + 1; q < start - 1 && ok; q++) {
      const t = ctx.toks[q]!;
      ok = !ctx.breakAfter(q) && (isNumTok(t) || isDigitTok(t) || /^[a-z]$/i.test(t.core) || t.low === 'number');
    }
    if (ok && ctx.written && !/\d/.test(ctx.text.slice(ctx.toks[u + 1]!.cs, ctx.toks[start - 2]!.ce))) ok = false;
    return ok ? u : start;
  }
  return start;
}

/**
 * "my address is 123 Main.", "my address is one two three main": after the word "address", a house number and one
 * or two name words end the address even without a street suffix; returns the last index, or -1.
 */

/**
 * A house number, a street name with no suffix (one to three words, a compass direction first if said) and a unit with its
 * number: returns the unit number's last index or -1. Speech has no capitals, so there a direction or an address word
 * must come first.
 */
function suffixlessWithUnit(ctx: Ctx, i: number, numEnd: number): number {
  let k = numEnd;
  const dir = DIRECTIONS.has(ctx.low(k)) && ctx.low(k).length > 2 && !ctx.breakAfter(k) && (!ctx.written || ctx.toks[k]!.cap) ? 1 : 0;
  k += dir;
  const cued = dir > 0 || addressCue(ctx, i) || (ctx.low(i - 1) === 'at' && BE_SUBJECTS.has(ctx.low(i - 2))) || ctx.low(i - 1) === "it's";
  if (!ctx.written && !cued) return -1;
  let words = 0;
  while (words < 3) {
    const t = ctx.toks[k];
    if (!t || !ctx.free(k) || !/^[a-z][a-z'.-]*$/i.test(t.core) || isEnglishFunction(t.low) || isNumTok(t) || STAY_UNITS.has(t.low) || UNIT_WORDS.has(t.low)) break;
    if (ctx.written ? !t.cap : CLAUSE_GOES_ON.has(t.low) || MEDICATIONS.has(t.low)) break;
    words++;
    k++;
    if (ctx.breakAfter(k - 1)) return -1;
    if (t.commaAfter) break;
  }
  const u = ctx.toks[k];
  if (words === 0 || !u || !ctx.free(k) || !STAY_UNITS.has(u.low.replace(/\.$/, '')) || ctx.breakAfter(k)) return -1;
  const run = numberRun(ctx, k + 1, 6);
  if (run.end <= k + 1 || !/^\d{1,4}[A-Z]?$/.test(run.digits)) {
    // Written "Unit 2R", "Apt 3B": the number and letter in one token.
    return /^\d{1,4}[a-z]?$/i.test(ctx.toks[k + 1]?.core ?? '') && ctx.free(k + 1) ? k + 1 : -1;
  }
  return run.end - 1;
}

function suffixlessAfterAddressWord(ctx: Ctx, i: number, numEnd: number): number {
  let cue = false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (ctx.breakAfter(j)) break;
    // "email address", "IP address" are no street address.
    if (ctx.toks[j]!.base === 'address' && !NOT_STREET_ADDRESS.has(ctx.low(j - 1))) cue = true;
    // "his house is 309 North Elm", "she lives at 12 Birch": where someone lives.
    if (ctx.toks[j]!.base === 'house' && ctx.low(j + 1) === 'is') cue = true;
    // "mail them to 5503 Castle Hunt, San Antonio, 78218": where something is sent, with a town and ZIP to follow.
    if (j === i - 1 && ctx.low(j) === 'to' && addressCue(ctx, j)) cue = true;
    if (ctx.low(j) === 'at' && j === i - 1 && RESIDE_VERBS.has(ctx.toks[j - 1]?.base ?? '')) cue = true;
  }
  let last = -1;
  for (let n = 0; n < 2; n++) {
    const k = numEnd + n;
    const t = ctx.toks[k];
    if (!t || !ctx.free(k) || !/^[a-z][a-z'.-]*$/i.test(t.core) || isEnglishFunction(t.low) || isNumTok(t) || UNIT_WORDS.has(t.low)) break;
    // Spoken: an everyday word ("years", "words") is no street name unless it is a usual one ("main", "oak").
    if (ctx.written ? !t.cap : CLAUSE_GOES_ON.has(t.low) || (isEnglishWord(t.low) && !COMMON_STREET_NAMES.has(t.low) && !(n === 0 && DIRECTIONS.has(t.low)))) break;
    last = k;
    if (ctx.breakAfter(k) || t.commaAfter) break;
  }
  // A direction alone ("twelve north") names no street.
  if (last < 0 || (last === numEnd && DIRECTIONS.has(ctx.low(last)))) return -1;
  // Without an address word before the number, only a city and a state after the name make it a street:
  // "Mail it to 410 Rosewood, Tyler, Texas 75701".
  const cityState = extendCityStateZip(ctx, last);
  if (!cue && !(cityState > last && stateIn(ctx, last + 1, cityState))) return -1;
  // The name ends the clause: a sentence end, a comma, the end of the message or a word that goes on in lower case.
  const next = ctx.toks[last + 1];
  // Spoken, a city and state may follow straight on ("three oh nine north elm eldon missouri").
  if (next && !ctx.breakAfter(last) && !ctx.toks[last]!.commaAfter && !(CLAUSE_GOES_ON.has(next.low) || isEnglishFunction(next.low))
    && !(!ctx.written && extendCityStateZip(ctx, last) > last)) return -1;
  return last;
}

/** The last index of a grid street ("West 4100 South", "north thirty one seventy five west") starting at k, or -1. */
function gridStreetEnd(ctx: Ctx, k: number): number {
  const dir = (j: number): boolean => {
    const t = ctx.toks[j];
    return t !== undefined && ctx.free(j) && ['north', 'south', 'east', 'west', 'n', 's', 'e', 'w'].includes(t.low.replace(/\.$/, ''))
      && (ctx.written ? t.cap : t.low.length > 1);
  };
  if (!dir(k) || ctx.breakAfter(k)) return -1;
  const t = ctx.toks[k + 1];
  if (!t || !ctx.free(k + 1)) return -1;
  let numLast = -1;
  if (ctx.written) { if (/^\d{2,5}$/.test(t.core) && !t.commaAfter) numLast = k + 1; }
  else {
    const run = numberRun(ctx, k + 1, 6);
    if (run.end > k + 1 && /^\d{2,5}$/.test(run.digits)) numLast = run.end - 1;
  }
  if (numLast < 0 || ctx.breakAfter(numLast)) return -1;
  // "22840 East 790 Road": Oklahoma's section-line roads, a direction, a number and "Road".
  const road = ctx.toks[numLast + 1];
  if (road && ['road', 'rd', 'rd.'].includes(road.low) && ctx.free(numLast + 1) && (road.cap || !ctx.written)) return numLast + 1;
  if (!dir(numLast + 1)) return -1;
  return numLast + 1;
}

/** A US state named among tokens from..to. */
function stateIn(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (stateLen(ctx, k) > 0) return true;
  return false;
}

/** A street suffix strong enough to end a street name alone ("Street", not "way" or "park"). */
function strongSuffix(ctx: Ctx, k: number): boolean {
  const s = ctx.toks[k];
  if (!s || !ctx.free(k)) return false;
  const low = s.low.replace(/\.$/, '');
  return STREET_SUFFIXES.has(low) && !WEAK_STREET_SUFFIXES.has(low) && low !== 'close' && (s.cap || !ctx.written);
}

/** "44th Street", "forty fourth avenue": an ordinal (digits or up to three number words) and a strong suffix; last index or -1. */
function ordinalStreetEnd(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k)) return -1;
  let last = -1;
  if (/^\d{1,3}(st|nd|rd|th)$/.test(t.low)) last = k;
  else {
    for (let n = 0; n < 3; n++) {
      const w = ctx.toks[k + n];
      if (!w || !ctx.free(k + n)) break;
      if (ordinalWord(w.low)) { last = k + n; break; }
      if (!isNumTok(w) || ctx.breakAfter(k + n)) break;
    }
  }
  if (last < 0 || ctx.breakAfter(last) || ctx.toks[last]!.commaAfter || !strongSuffix(ctx, last + 1)) return -1;
  return last + 1;
}

/** One street of an intersection: one or two name words (capitalised when written), an optional suffix; last index or -1. */
function crossStreetEnd(ctx: Ctx, k: number, stopAtAnd: boolean): number {
  let last = -1;
  for (let n = 0; n < 3; n++) {
    const j = k + n;
    const t = ctx.toks[j];
    if (!t || !ctx.free(j)) break;
    if (stopAtAnd && t.low === 'and') break;
    if (n > 0 && strongSuffix(ctx, j)) return j;
    const ord = /^\d{1,3}(st|nd|rd|th)$/.test(t.low) || ordinalWord(t.low);
    // Spoken "one seventieth", "a hundred and tenth": number words that end in an ordinal.
    if (n === 0 && !ctx.written && isNumTok(t)) {
      const o = [1, 2, 3].find((m) => ordinalWord(ctx.low(j + m)) && ctx.freeRange(j, j + m)
        && ctx.toks.slice(j, j + m).every((x, q) => (isNumTok(x) || x.low === 'and') && !ctx.breakAfter(j + q)));
      if (o !== undefined) { last = j + o; if (ctx.breakAfter(last) || ctx.toks[last]!.commaAfter) break; n = o; continue; }
    }
    if (!ord && (!streetWordOk(ctx, j) || isEnglishFunction(t.low))) break;
    last = j;
    if (ctx.breakAfter(j) || t.commaAfter) break;
  }
  return last;
}

/** Tokens from..to hold an ordinal street ("170th", "fifth") or a strong street suffix. */
function plainlyStreets(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (/^\d{1,3}(st|nd|rd|th)$/.test(ctx.low(k)) || ordinalWord(ctx.low(k)) || strongSuffix(ctx, k)) return true;
  return false;
}

/** After "corner of": "Maple and 5th", "elm street and third avenue"; the last index, or -1. */
function intersectionEnd(ctx: Ctx, k: number): number {
  const a = Math.max(crossStreetEnd(ctx, k, true), gridRoadEnd(ctx, k));
  if (a < 0 || ctx.breakAfter(a) || ctx.low(a + 1) !== 'and') return -1;
  return Math.max(crossStreetEnd(ctx, a + 2, false), gridRoadEnd(ctx, a + 2));
}

/** "Road 28", "avenue twelve": a farm country's grid road, named by its number after the word; last index or -1. */
function gridRoadEnd(ctx: Ctx, k: number): number {
  if (!['road', 'rd', 'avenue', 'ave'].includes(ctx.low(k).replace(/\.$/, '')) || !ctx.free(k) || ctx.breakAfter(k) || (ctx.written && !ctx.toks[k]!.cap)) return -1;
  const run = numberRun(ctx, k + 1, 3);
  return run.end > k + 1 && /^\d{1,3}$/.test(run.digits) ? run.end - 1 : -1;
}

/**
 * "Springfield, IL 62704", "saint paul minnesota five five one oh four": a city, a state and a ZIP with no
 * street before them. The ZIP is required, so a state named in passing ("she's in Ohio") stays.
 */
function detectCityStateZip(ctx: Ctx): void {
  for (let k = 1; k < ctx.toks.length; k++) {
    const s = stateLen(ctx, k);
    if (!s) continue;
    const zipEnd = ctx.breakAfter(k + s - 1) ? k + s - 1 : extendZip(ctx, k + s - 1);
    // "home base is Joplin, Missouri", "based out of gary indiana": with no ZIP, a city and a spelled-out state
    // name a place only right after a word that introduces one.
    const noZip = zipEnd === k + s - 1;
    if (noZip && ctx.toks[k]!.low.length < 4) continue;
    let start = k;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const t = ctx.toks[j]!;
      if (!ctx.free(j) || (ctx.breakAfter(j)) || !/^[a-z][a-z'.-]*$/i.test(t.core) || FUNCTION_WORDS.has(t.low) || isEnglishFunction(t.low) || isNumTok(t)) break;
      if (ctx.written ? !t.cap : isEnglishWord(t.low) && !PLACE_PREFIXES.has(t.low)) break;
      start = j;
      if (ctx.written && t.commaAfter && j < k - 1) break;
    }
    // "my card says MA 00731 6628": with no city before it, or more digits after it, this is an ID, not a ZIP.
    if (start === k || (!ctx.breakAfter(zipEnd) && (isNumTok(ctx.toks[zipEnd + 1]) || isDigitTok(ctx.toks[zipEnd + 1])))) continue;
    if (noZip && (!CITY_LEADS.has(ctx.low(start - 1)) || ctx.breakAfter(start - 1))) continue;
    ctx.claim(start, zipEnd, 'ADDRESS');
    k = zipEnd;
  }
}

/** Words right before a city and state said without a ZIP: "is", "of", "from", "in", "near". */
const CITY_LEADS = new Set(['is', 'of', 'from', 'in', 'near', 'outside', 'to', 'by', 'around']);

/** Road words followed by the road's number: "County Road 9", "State Route 7", "Highway 8". */
const NUMBERED_ROADS = new Set(['road', 'rd', 'route', 'rte', 'highway', 'hwy']);

/** Lower-case words that carry a sentence on after a city named without a state. */
const CLAUSE_GOES_ON = new Set(['and', 'but', 'so', 'which', 'where', 'if', 'near', 'because', 'since', 'or', 'now', 'with']);

/** Verbs of living somewhere: "she lives in ...", "they moved to ...", "he's staying in ...". */
const RESIDE_VERBS = new Set(['live', 'lives', 'living', 'lived', 'stay', 'stays', 'staying', 'stayed', 'moved', 'moving', 'relocated',
  'reside', 'resides', 'residing', 'based']);
/** "we're over in ...", "I'm out in ...": a subject and a place adverb say where someone is. */
const BE_SUBJECTS = new Set(["we're", "i'm", "he's", "she's", "they're", 'we', 'i', 'he', 'she', 'they', 'am', 'are', 'is', 'was', 'were']);
const PLACE_ADVERBS = new Set(['over', 'out', 'up', 'down', 'back']);
const LIVING_ALONE = new Set(['himself', 'herself', 'themselves', 'myself', 'alone']);
/** Words for where someone lives: "back home in Tulsa", "our new place is in Ferndale". */
const HOME_WORDS = new Set(['home', 'house', 'place', 'apartment', 'condo', 'trailer', 'farm']);

/**
 * "in" at p after where someone lives: "back home in Tulsa", "our new place is in Ferndale", "his son's place over
 * in Livonia", "staying at my daughter's in Fremont".
 */
/** "we're way out in ...", "she lives all the way up in ...": someone (or a way of living) ending at k, over filler words. */
function subjectBefore(ctx: Ctx, k: number): boolean {
  let q = k;
  while (q > 0 && k - q < 3 && (q === k ? LIVING_FILLERS.has(ctx.low(q)) : LIVING_FILLERS.has(ctx.low(q)) || ctx.low(q) === 'the') && !ctx.breakAfter(q - 1)) q--;
  return q >= 0 && !ctx.breakAfter(q) && (BE_SUBJECTS.has(ctx.low(q)) || RESIDE_VERBS.has(ctx.toks[q]!.base));
}

function careHomeBefore(ctx: Ctx, p: number): boolean {
  // "a skilled nursing facility in Canton", "assisted living in ...", "a nursing home in ...".
  if (CARE_KINDS.has(ctx.low(p - 1)) && CARE_QUALIFIERS.has(ctx.low(p - 2)) && !ctx.breakAfter(p - 2)) return true;
  // "she's moved into memory care in Brighton": care named by its kind alone, after a move or a stay.
  if (ctx.low(p - 1) === 'care' && (ctx.low(p - 2) === 'memory' || ctx.low(p - 2) === 'assisted') && [3, 4].some((n) => MOVE_VERBS.has(ctx.toks[p - n]?.base ?? '')
    || ['into', 'in'].includes(ctx.low(p - n)))) return true;
  for (let n = 1; n <= 4; n++) {
    const at = p - n - 1;
    if (at < 1 || !['at', 'from', 'to'].includes(ctx.low(at)) || ctx.breakAfter(at)) continue;
    const words = ctx.toks.slice(at + 1, p).filter((w) => w.low !== 'the');
    if (!words.length || !words.every((w) => (ctx.written ? w.cap : !FUNCTION_WORDS.has(w.low)) && !isNumTok(w))) continue;
    // A hospital's, clinic's or pharmacy's town is not where anyone lives.
    if (words.some((w) => NOT_HOMES.has(w.base))) return false;
    const who = ctx.low(at - 1);
    if (RESIDE_VERBS.has(ctx.toks[at - 1]!.base) || who === 'living' || who === "he's" || who === "she's" || who === 'resident') return true;
    // "the aides at Sunny Acres in Hagerstown", "rehab at Golden Oaks in Kalamazoo": a named care home, said so.
    return words.some((w) => CARE_HOME_WORDS.has(w.base)) || CARE_PEOPLE.has(who) || [1, 2, 3].some((q) => CARE_CONTEXT.has(ctx.low(at - q)));
  }
  return false;
}
const TOWN_PARTICLES = new Set(['du', 'de', 'la', 'le', 'des', 'del', 'di', 'da', 'of']);
const CARE_KINDS = new Set(['facility', 'home', 'living', 'rehab', 'center', 'centre']);
const CARE_QUALIFIERS = new Set(['nursing', 'assisted', 'skilled', 'care', 'memory', 'retirement', 'rehab', 'rehabilitation', 'group']);
const CARE_HOME_WORDS = new Set(['manor', 'acres', 'oaks', 'haven', 'gardens', 'village', 'estates', 'terrace', 'commons', 'meadows', 'pines',
  'view', 'ridge', 'place', 'house', 'lodge', 'court', 'glen', 'hills', 'residence', 'living', 'rehab', 'nursing']);
const CARE_PEOPLE = new Set(['aides', 'aide', 'nurse', 'nurses', 'worker', 'staff', 'caregiver', 'caregivers', 'director', 'administrator']);
const CARE_CONTEXT = new Set(['rehab', 'moved', 'living', 'resident', 'facility', 'respite', 'hospice']);
const NOT_HOMES = new Set(['hospital', 'clinic', 'pharmacy', 'urgent', 'medical', 'er', 'health', 'cvs', 'walgreens', 'target', 'walmart',
  'school', 'college', 'university', 'church', 'office', 'lab', 'laboratory', 'imaging', 'surgery', 'surgical']);

function homeBefore(ctx: Ctx, p: number): boolean {
  let k = p - 1;
  if (k >= 0 && (PLACE_ADVERBS.has(ctx.low(k)) || ctx.low(k) === 'is' || ctx.low(k) === 'now') && !ctx.breakAfter(k - 1)) k--;
  if (k < 0 || ctx.breakAfter(k)) return false;
  const t = ctx.toks[k]!;
  if (HOME_WORDS.has(t.base) && !t.possessive) return !(ctx.low(k - 1) === 'funeral' || (ORG_WORDS.has(ctx.low(k - 1)) && ctx.low(k - 1) !== 'nursing'));
  // "at my daughter's in ...", "he's at his mom's in ...": someone's home, after a way of staying or being there.
  return t.possessive && ctx.low(k - 2) === 'at' && POSSESSIVE_OWNERS.has(ctx.low(k - 1))
    && [3, 4].some((n) => RESIDE_VERBS.has(ctx.toks[k - n]?.base ?? '') || SOMEONE_IS.has(ctx.low(k - n)));
}
const POSSESSIVE_OWNERS = new Set(['my', 'his', 'her', 'our', 'their']);
/** Someone who is somewhere: "she's with me in ...", "he's at his mom's in ...". */
const SOMEONE_IS = new Set(["i'm", "he's", "she's", "we're", "they're"]);
const RESIDE_PREPOSITIONS = new Set(['in', 'to', 'by', 'near', 'from']);
const MOVE_VERBS = new Set(['moved', 'moving', 'move', 'relocated', 'relocating']);
const NEIGHBORHOOD_WORDS = new Set(['neighborhood', 'neighbourhood', 'subdivision', 'area', 'section', 'district']);
/** Words between a way of living and "in": "lives with us now out in ...". */
const LIVING_FILLERS = new Set(['with', 'us', 'them', 'him', 'her', 'me', 'now', 'still', 'out', 'over', 'up', 'down', 'back', 'here', 'there',
  'by', 'himself', 'herself', 'themselves', 'myself', 'alone', 'way', 'all', 'just', 'in', 'for', 'the', 'summer', 'winter', 'week', 'weeks',
  'month', 'months', 'while', 'holidays']);
/** Last words of town names that are also street words or everyday words ("Dearborn Heights", "Traverse City"). */
const TOWN_ENDINGS = new Set(['heights', 'park', 'hills', 'shores', 'springs', 'falls', 'beach', 'city', 'village', 'grove', 'lake', 'lakes',
  'valley', 'junction', 'harbor', 'harbors', 'township', 'ridge', 'creek', 'landing', 'crossing', 'county', 'parish', 'center', 'centre', 'west',
  'east', 'north', 'south', 'point', 'island', 'bay', 'cove', 'mesa', 'bluff', 'bluffs']);
/** Capitalised words after "in" that are no town: languages and the like ("we speak it in Spanish"). */
const NOT_TOWNS = new Set(['english', 'spanish', 'french', 'german', 'italian', 'portuguese', 'russian', 'chinese', 'mandarin', 'cantonese',
  'vietnamese', 'korean', 'japanese', 'arabic', 'hindi', 'urdu', 'polish', 'tagalog', 'creole', 'haitian', 'somali', 'farsi', 'greek',
  'christmas', 'easter', 'thanksgiving', 'person', 'general', 'emergency', 'er', 'icu', 'hospital', 'town', 'city']);

/**
 * A town said as where someone lives, with no street: "she lives in Clifton", "we're over in Millbrook", "they moved
 * to Fort Wayne". The cue is a living verb or a subject and a place adverb, then "in"/"to". A town is capitalised in
 * written text and no everyday English word in speech; a month, a language, a weekday or a named facility ("over in
 * the ER", "in March", "out in Mercy Hospital") is not one.
 */
function detectResidenceTowns(ctx: Ctx): void {
  const { toks } = ctx;
  for (let p = 1; p < toks.length - 1; p++) {
    const prep = ctx.low(p);
    if (!(RESIDE_PREPOSITIONS.has(prep) || prep === 'into') || !ctx.free(p) || ctx.breakAfter(p) || ctx.breakAfter(p - 1)) continue;
    // "she stays with us in oak park": who someone lives with, between the verb and "in".
    // "she lives with us now out in cedar falls": who with, "now", "still" between the verb and the place adverb.
    let v = p - 1;
    if (prep === 'in') {
      let q = v;
      let withSomeone = false;
      // "staying with his girlfriend in ...": who with may be a relation of someone's.
      while (q > 0 && p - q <= 5 && (LIVING_FILLERS.has(ctx.low(q)) || RELATIONS.has(ctx.low(q)) || POSSESSIVE_OWNERS.has(ctx.low(q))) && !ctx.breakAfter(q - 1)) {
        if (ctx.low(q) === 'with') withSomeone = true;
        q--;
      }
      if (q < v && (RESIDE_VERBS.has(ctx.toks[q]!.base))) v = PLACE_ADVERBS.has(ctx.low(p - 1)) ? p - 1 : q;
      // "she's with me in Florissant", "he's with his dad in ...": someone staying with someone, and where.
      else if (q < v && withSomeone && SOMEONE_IS.has(ctx.low(q))) {
        const last = townAt(ctx, p + 1);
        if (last >= 0) { ctx.claim(p + 1, extendZip(ctx, last), 'ADDRESS'); p = last; continue; }
      }
      if (v === p - 1 && PLACE_ADVERBS.has(ctx.low(v)) && q < v && RESIDE_VERBS.has(ctx.toks[q]!.base)) {
        const last = townAt(ctx, p + 1, true);
        if (last >= 0) { ctx.claim(p + 1, extendZip(ctx, last), 'ADDRESS'); p = last; continue; }
      }
    }
    const before = toks[v]!.base;
    const someoneIs = before === "we're" || before === "i'm" || before === "he's" || before === "she's" || before === "they're"
      || (before === 'are' && ctx.low(v - 1) === 'we') || (before === 'am' && ctx.low(v - 1) === 'i');
    if ((prep === 'in' && someoneIs) || (prep === 'from' && (before === "i'm" || (before === 'am' && ctx.low(v - 1) === 'i')) && ctx.written)) {
      const t = ctx.toks[p + 1];
      const last = t && (ctx.written ? t.cap : !isEnglishWord(t.low)) ? townAt(ctx, p + 1) : -1;
      if (last >= 0 && (ctx.breakAfter(last) || ctx.toks[last]!.commaAfter || last === ctx.toks.length - 1 || !ctx.written)) {
        ctx.claim(p + 1, extendZip(ctx, last), 'ADDRESS');
        p = last;
        continue;
      }
    }
    // "we just moved from Toledo to Perrysburg", "I just moved here from Fargo": the town moved from was home too.
    if (prep === 'from') {
      // "we just moved to Hollis from Manchester": the town before "from" was just found as the one moved to.
      const afterMoveTo = ctx.owner[p - 1] === 'ADDRESS' && [2, 3, 4].some((n) => ctx.low(p - n) === 'to' && MOVE_VERBS.has(ctx.toks[p - n - 1]?.base ?? ''));
      const moved = afterMoveTo || MOVE_VERBS.has(before) || ((PLACE_ADVERBS.has(before) || before === 'here') && MOVE_VERBS.has(ctx.toks[v - 1]?.base ?? ''));
      const last = moved ? townAt(ctx, p + 1) : -1;
      if (last < 0) continue;
      ctx.claim(p + 1, extendZip(ctx, last), 'ADDRESS');
      p = last;
      if (ctx.low(last + 1) === 'to' && !ctx.breakAfter(last)) {
        const to = townAt(ctx, last + 2);
        if (to >= 0) { ctx.claim(last + 2, extendZip(ctx, to), 'ADDRESS'); p = to; }
      }
      continue;
    }
    // "We're in Hollis": where the caller is, said of "we"; written with a capital, or a word no dictionary has.
    // "my home is in little rock arkansas", "back home in Tulsa", "our new place is in Ferndale"; "he's at Sunrise
    // Manor in Visalia", "lives at the Lutheran Home in Wauwatosa": the town of the home someone lives in.
    const homeIs = prep === 'in' && (homeBefore(ctx, p) || careHomeBefore(ctx, p));
    // "we live in the Hillcrest neighborhood": a named part of town.
    // "I moved into the Wynfield Crossing subdivision": the neighbourhood's word after its name is part of the span.
    if ((prep === 'in' || prep === 'into') && ctx.low(p + 1) === 'the' && (RESIDE_VERBS.has(before) || homeIs)) {
      const k = p + 2;
      const hood = [1, 2, 3].find((n) => NEIGHBORHOOD_WORDS.has(ctx.low(k + n)) && ctx.freeRange(k, k + n - 1)
        && ctx.toks.slice(k, k + n).every((w) => (ctx.written ? w.cap : !isEnglishWord(w.low)) && !ORG_WORDS.has(w.base)));
      if (hood !== undefined) {
        const end = ctx.low(k + hood) === 'subdivision' ? k + hood : k + hood - 1;
        ctx.claim(k, end, 'ADDRESS');
        p = end;
        continue;
      }
    }
    if (prep === 'into') continue;
    // "we live out by Millersburg", "lives near Tillar": "by" and "near" only right after a way of living somewhere.
    // "We're out by Stilwell", "Linda Thiel from out by Slinger": someone, or where she is from, out by a town.
    if ((prep === 'by' || prep === 'near') && !(RESIDE_VERBS.has(before) || (PLACE_ADVERBS.has(before) && (RESIDE_VERBS.has(ctx.toks[v - 1]?.base ?? '')
      || ((SOMEONE_IS.has(ctx.low(v - 1)) || ctx.low(v - 1) === 'from') && !ctx.breakAfter(v - 1) && placeAt(ctx, p + 1, 1) > p))))) continue;
    // "lives by himself in Tillar", "living alone in ...": how someone lives, between the verb and "in".
    const alone = prep === 'in' && LIVING_ALONE.has(before) && [2, 3].some((n) => p - n >= 0 && RESIDE_VERBS.has(ctx.toks[p - n]!.base) && !ctx.breakAfter(p - n));
    // "we're moving back home to traverse city": the home moved to.
    const movingHome = prep === 'to' && before === 'home' && [1, 2, 3].some((n) => MOVE_VERBS.has(ctx.toks[v - n]?.base ?? ''));
    // "I moved up to Leadville", "they're moving down to ...": a move, a place adverb, "to".
    const movedTo = prep === 'to' && PLACE_ADVERBS.has(before) && MOVE_VERBS.has(ctx.toks[v - 1]?.base ?? '') && !ctx.breakAfter(v - 1);
    const cued = alone || homeIs || movingHome || movedTo || (RESIDE_VERBS.has(before) && (prep !== 'to' || before.startsWith('mov') || before === 'relocated'))
      || (prep !== 'to' && PLACE_ADVERBS.has(before) && (subjectBefore(ctx, v - 1) || (prep === 'by' && ctx.low(v - 1) === 'from')));
    if (!cued) continue;
    // These cues say outright that a place where someone lives follows: spoken, its name may be everyday words.
    // "we're out by", "from out by" say less: only a town the place data knows.
    const outBy = (prep === 'by' || prep === 'near') && !RESIDE_VERBS.has(before) && !RESIDE_VERBS.has(ctx.toks[v - 1]?.base ?? '');
    const last = outBy ? placeAt(ctx, p + 1, 1) : townAt(ctx, p + 1, true);
    if (last < 0) continue;
    ctx.claim(p + 1, extendZip(ctx, last), 'ADDRESS');
    p = last;
  }
}

/** Words before "from" that say a person comes from a place: "visiting from", "a student from", "I'm from". */
const FROM_CUES = new Set(['visiting', 'visitor', 'visitors', 'tourist', 'tourists', 'student', 'exchange', 'here', 'down', 'up', 'over',
  'originally', 'texans', 'texan', 'snowbirds', 'snowbird', "i'm", "we're", "he's", "she's", "they're", 'am', 'are']);
/** "calling from": as often a firm or a school as a town, so only "I'm calling from" and a city of 100,000 or more counts. */
const CALLING_FROM = new Set(['calling', 'ringing', 'phoning']);
/** Verbs of travelling before "home to" / "back to": "flying home to", "driving back to", "moving back to". */
const TRAVEL_VERBS = new Set(['go', 'goes', 'going', 'went', 'fly', 'flying', 'flew', 'drive', 'driving', 'drove', 'head', 'heading', 'headed',
  'return', 'returning', 'returned', 'travel', 'traveling', 'travelling', 'move', 'moving', 'moved', 'get', 'getting', 'leave', 'leaving',
  'come', 'coming', 'came', 'relocating', 'relocated', 'transferring', 'transferred']);
/** Words before "in" that say where a person is: "I'm in", "back in", "our hotel in". */
const IN_CUES = new Set(["i'm", "we're", "he's", "she's", "they're", 'am', 'are', 'back', 'home', 'away', 'hotel', 'motel', 'inn', 'airbnb',
  'rental', 'campground', 'condo', 'cabin', 'resort', 'lodge', 'suites', 'bnb', 'timeshare', 'reservation', 'rez', 'ranch', 'farm', 'trailer',
  'wintering', 'summering', 'rehab', 'convent', 'rectory', 'parsonage', 'shelter']);
/** Verbs of arriving, before "from" the place someone came home from: "I got in last night from Traverse City". */
const ARRIVE_VERBS = new Set(['arrived', 'flew', 'drove', 'came', 'got', 'driving', 'flying', 'coming', 'getting', 'heading', 'down', 'up']);
/** "down for the winter from ...": a season spent away, then home. */
const SEASON_WORDS = new Set(['winter', 'summer', 'season', 'holidays']);
/** Last words of a town's name the place data may have only in part: "Dewey Beach", "Fenwick Island". */
const PLACE_TAILS = new Set(['beach', 'city', 'island', 'heights', 'village', 'harbor', 'shores', 'junction', 'township']);
/** Words after a place name that make it a firm's or a school's: "Jefferson High School", "Alder Creek Assisted Living". */
const ORG_TAILS = new Set(['law', 'senior', 'high', 'middle', 'elementary', 'assisted', 'injury', 'family', 'medical', 'dental', 'health',
  'healthcare', 'regional', 'community', 'memorial', 'general', 'county', 'orthopedics', 'pediatrics', 'associates', 'office', 'firm', 'er']);

/**
 * Where a caller or patient is, comes from or goes home to, said as a town with no street: "I'm calling from
 * Honolulu", "an exchange student from Chengdu", "I'm flying home to Pittsburgh", "his son is in Phoenix",
 * "at my sister's in Minneapolis", "I'm David Cho, in Seattle". Safe Harbor masks every town. The town must be a
 * populated place in the GeoNames data, or written with a state after it or a town's last word ("Dewey Beach");
 * an everyday word must name a city of 100,000 or more ("Mobile", "Phoenix"), so "I'm in pain" stays.
 */
function placesSomeoneIsFrom(ctx: Ctx): void {
  const { toks } = ctx;
  for (let p = 1; p < toks.length - 1; p++) {
    const prep = ctx.low(p);
    if ((prep !== 'from' && prep !== 'to' && prep !== 'in') || !ctx.free(p) || ctx.breakAfter(p) || ctx.breakAfter(p - 1)) continue;
    const b1 = toks[p - 1]!;
    // "this is Bernard Lachance from ...", "my mom Grace Solomon is from ...": someone named just before (read once).
    const named = callerNameBefore(ctx, p);
    const namedIs = b1.low === 'is' && callerNameBefore(ctx, p - 1);
    let cued = false;
    let minSize = 1;
    if (prep === 'from') {
      // "she's visiting us from Scranton": who is visited, between the verb and "from".
      const visitingUs = OBJECT_PRONOUNS.has(b1.low) && (ctx.low(p - 2) === 'visiting' || ctx.low(p - 2) === 'visit');
      // "I got in last night from Traverse City", "we're down for the winter from Grand Rapids": someone arrived, from home.
      // "down" and "up" say so only before a season: "we're down for the winter from ...", not "I'm up from the lab".
      const arrived = [2, 3, 4, 5].some((n) => p - n >= 1 && ARRIVE_VERBS.has(ctx.low(p - n)) && BE_SUBJECTS.has(ctx.low(p - n - 1))
        && Array.from({ length: n }, (_, q) => p - n + q).every((q) => !ctx.breakAfter(q))
        && (SEASON_WORDS.has(b1.low) || (ctx.low(p - n) !== 'down' && ctx.low(p - n) !== 'up'))
        // "I got in from", "we got back from", not "I got a call from".
        && (ctx.low(p - n) !== 'got' || ['in', 'back', 'home', 'here'].includes(ctx.low(p - n + 1))));
      // "this is Bernard Lachance, from Moncton", "my mom Grace Solomon is from Huslia": someone named, then where
      // she is from (whether the place ends the clause, as a firm's name seldom does, is checked below).
      cued = FROM_CUES.has(b1.low) || CALLING_FROM.has(b1.low) || visitingUs || arrived || named || namedIs;
      if (CALLING_FROM.has(b1.low)) minSize = 3;
      // "I'm calling from Fort Yates.", "i'm calling from belcourt i'm ...": the caller's own "calling from" a town that ends
      // the clause, where a firm's name would go on ("calling from Summit Orthopedics").
      if (CALLING_FROM.has(b1.low) && ["i'm", "we're", 'am', 'are'].includes(ctx.low(p - 2))) {
        const small = extendStateZip(ctx, placeAt(ctx, p + 1, 1));
        // One word alone must be no everyday word or name: "calling from Summit", "from Cooper" are as often a health system.
        const oneWord = small === p + 1;
        if (small > p && (!oneWord || (!isEnglishWord(ctx.low(p + 1)) && !clearSurname(ctx.low(p + 1)) && !clearGiven(ctx.low(p + 1))))
          && !ctx.toks.slice(p + 1, small + 1).some((w) => ORG_NAMES.has(w.base) || ORG_WORDS.has(w.base))
          && (ctx.breakAfter(small) || ctx.toks[small]!.commaAfter || small === toks.length - 1
            || (!ctx.written && (SPOKEN_CLAUSE_STARTS.has(ctx.low(small + 1)) || ctx.low(small + 1) === 'and'))
            || (ABOUT_WORDS.has(ctx.low(small + 1)) && POSSESSIVE_OWNERS.has(ctx.low(small + 2))))) minSize = 1;
      }
    } else if (prep === 'to') {
      // "flying home to", "going back to", "moved here to": the way home, after a verb of travelling; a trip's
      // destination ("we're flying to Rome") is not where anyone lives.
      const way = b1.low === 'home' || b1.low === 'back' || b1.low === 'here';
      cued = way && [p - 2, p - 3].some((q) => q >= 0 && TRAVEL_VERBS.has(ctx.low(q)) && !ctx.breakAfter(q));
    } else {
      // "his son is in Phoenix": a person's whereabouts, said of a relative; "the sleep center is in Madison" is not.
      // "he is in Camarillo", "out here in Norwalk": a person, or the speaker's "out here".
      const relativeIs = (b1.low === 'is' && (RELATIONS.has(ctx.toks[p - 2]?.base ?? '') || ctx.low(p - 2) === 'he' || ctx.low(p - 2) === 'she'))
        || (b1.low === 'here' && PLACE_ADVERBS.has(ctx.low(p - 2)));
      // "back home in Tulsa", "at home in ...", not "the Family Funeral Home in Canton".
      const homeOk = b1.low !== 'home' || ['back', 'at', 'my', 'our', 'his', 'her', 'their'].includes(ctx.low(p - 2));
      // "he is in rehab in Riverdale" is where he stays; "the rehab in Dyersburg" is a facility's town.
      const rehabOk = b1.low !== 'rehab' || ctx.low(p - 2) === 'in';
      cued = (IN_CUES.has(b1.low) && homeOk && rehabOk) || relativeIs || (b1.possessive && RELATIONS.has(b1.base)) || named
        || whereaboutsBefore(ctx, p);
    }
    // "I'm in from Boise", "we're passing through from Fresno", "I'm not driving in from Filer": a visitor's home, said on arrival.
    if (!cued && prep === 'from' && ((b1.low === 'in' && (SOMEONE_IS.has(ctx.low(p - 2)) || (ARRIVE_VERBS.has(ctx.low(p - 2)) && ctx.low(p - 2) !== 'got')
      || (OBJECT_PRONOUNS.has(ctx.low(p - 2)) && ARRIVE_VERBS.has(ctx.toks[p - 3]?.base.replace(/s$/, '') ?? ''))
      || ['drives', 'drive', 'brings', 'bring', 'flies', 'fly'].includes(ctx.low(p - 3)))) || (b1.low === 'through' && ctx.low(p - 2) === 'passing'))) cued = true;
    // "winters here and summers in Coeur d'Alene", "visiting family in Manila": the other home, and the family's town.
    if (!cued && prep === 'in' && (['summers', 'winters'].includes(b1.low) || (['family', 'relatives', 'folks'].includes(b1.low) && ['visiting', 'visit', 'see', 'seeing'].includes(ctx.low(p - 2))))) cued = true;
    // "Greg Ostrander from out in Orange Cove": where the caller is from, with a place adverb.
    if (!cued && prep === 'in' && PLACE_ADVERBS.has(b1.low) && b1.low !== 'back' && ctx.low(p - 2) === 'from' && !ctx.breakAfter(p - 2)) cued = true;
    // "visiting my brother in Mount Pleasant", "staying with her daughter in Tampa": a relative's town, where someone is.
    if (!cued && prep === 'in' && RELATIONS.has(b1.base) && POSSESSIVE_OWNERS.has(ctx.low(p - 2))
      && (['visiting', 'visit', 'visited', 'seeing'].includes(ctx.low(p - 3)) || (ctx.low(p - 3) === 'with' && RESIDE_VERBS.has(ctx.toks[p - 4]?.base ?? '')))) cued = true;
    // "I'm stuck in Grafton": the caller, snowed in somewhere.
    if (!cued && prep === 'in' && b1.low === 'stuck' && (SOMEONE_IS.has(ctx.low(p - 2)) || ['am', 'are'].includes(ctx.low(p - 2)))) cued = true;
    // "I am new in Portland": someone new in town lives there now.
    if (!cued && prep === 'in' && b1.low === 'new' && ["i'm", 'am', "we're", 'are', "he's", "she's"].includes(ctx.low(p - 2))) cued = true;
    // "We're home from Sarasota", "we just got home from Fort Myers": home from where the winter was spent.
    if (!cued && prep === 'from' && b1.low === 'home' && (SOMEONE_IS.has(ctx.low(p - 2)) || (ctx.low(p - 2) === 'got' && [3, 4].some((n) => BE_SUBJECTS.has(ctx.low(p - n)))))) cued = true;
    // "they flew me in from home, from Tanana": home, then where it is.
    if (!cued && prep === 'from' && b1.low === 'home' && b1.commaAfter && ctx.low(p - 2) === 'from') cued = true;
    if (!cued) continue;
    let last = placeAt(ctx, p + 1, minSize);
    const known = last >= 0;
    // "we're from Emmonak", "I'm in Tuntutuliak and the river ...": after someone being in or from a place, a village too
    // small for the place data, known by a name no dictionary or name list has.
    if (last < 0 && (SOMEONE_IS.has(b1.low) || (b1.low === 'am' && ctx.low(p - 2) === 'i') || named || namedIs || (b1.low === 'home' && prep === 'from')
      || (prep === 'in' && PLACE_ADVERBS.has(b1.low) && b1.low !== 'back' && callerNameBefore(ctx, p - 1)))) {
      last = villageAt(ctx, p + 1);
    }
    if (last < 0) continue;
    // After a caller's name a place must end the clause ("..., from Moncton, New Brunswick."), not lead on to a firm.
    // Written without a comma before "from", the place must end the sentence and be no firm ("this is Becky Schmitz from
    // Litchfield.", not "... from Sedgwick about a claim").
    // Spoken, the caller's next clause may start right after the town: "this is becky schmitz from litchfield i had ...".
    const spokenNext = !ctx.written && (SPOKEN_CLAUSE_STARTS.has(ctx.low(last + 1)) || ctx.low(last + 1) === 'the');
    const clauseEnds = ctx.breakAfter(last) || ctx.toks[last]!.commaAfter || last === toks.length - 1 || !known || spokenNext;
    if (prep === 'from' && named && !FROM_CUES.has(b1.low) && !((clauseEnds && (ctx.written || !known || spokenNext || placeClass(ctx.toks.slice(p + 1, last + 1).map((w) => w.low)) >= 3)
      && (!ctx.written || ctx.toks[p - 1]!.commaAfter || ctx.breakAfter(last) || (ctx.toks[last]!.commaAfter && SPEAKER_CLAUSE_STARTS.has(ctx.low(last + 1))))
      && !ctx.toks.slice(p + 1, last + 1).some((w) => ORG_NAMES.has(w.base)))
      || stateIn(ctx, p + 2, last))) continue;
    // "calling from Providence about your appointment", "i'm from kettering about your mri": a health system or a
    // firm named after its town, calling about the listener's business.
    if (prep === 'from' && (b1.low === "i'm" || CALLING_FROM.has(b1.low)) && (ABOUT_WORDS.has(ctx.low(last + 1)) && ctx.low(last + 2) === 'your')) continue;
    ctx.claim(p + 1, extendStateZip(ctx, last), 'ADDRESS');
    p = last;
  }
  // "I'm in Murphy Hall, room 506": a hall found as where someone is takes its room.
  for (const e of ctx.entities) {
    if (e.type !== 'ADDRESS' || !HALL_WORDS.has(ctx.low(e.to))) continue;
    const room = roomAfter(ctx, e.to);
    for (let k = e.to + 1; k <= room; k++) ctx.owner[k] = 'ADDRESS';
    e.to = room;
  }
}

/**
 * Words that open the caller's own next clause: "this is Dolly Ison from Chillicothe, I'm calling about ...". A firm
 * after "from" goes on about business ("from Sedgwick, about a claim"), seldom straight into the caller's own life.
 */
const SPEAKER_CLAUSE_STARTS = new Set(['i', "i'm", "i've", "i'll", "i'd", 'we', "we're", "we've", "we'd", "we'll", 'my', 'our']);
/** Spoken words that start the caller's next clause: "... from kwethluk i need ...". */
const SPOKEN_CLAUSE_STARTS = new Set([...SPEAKER_CLAUSE_STARTS, 'he', 'she', "he's", "she's", 'please', 'thanks', 'thank', 'um', 'uh']);

/**
 * One word at k that can only be a small place's name: written with a capital, no English word, given name or
 * surname the data knows, no firm; where the clause ends or goes on with "and", "but", "so". Its index, or -1.
 */
function villageAt(ctx: Ctx, k: number): number {
  // "El Rito", "La Jara", "Los Ojos": a Spanish article opens many small places' names.
  if (['el', 'la', 'los', 'las'].includes(ctx.low(k)) && ctx.free(k) && !ctx.breakAfter(k) && (!ctx.written || ctx.toks[k]!.cap)) {
    const last = villageAt(ctx, k + 1);
    return last > k ? last : -1;
  }
  const t = ctx.toks[k];
  if (!t || !ctx.free(k) || t.possessive || (ctx.written && !t.cap) || !/^[a-z][a-z'-]{3,}$/i.test(t.core)) return -1;
  const w = t.low;
  if (isEnglishWord(w) || FUNCTION_WORDS.has(w) || ORG_WORDS.has(w) || ORG_NAMES.has(w) || NOT_TOWNS.has(w) || COUNTRIES.has(w) || MONTHS[w] !== undefined
    || WEEKDAYS.has(w) || clearGiven(w) || clearSurname(w) || stateLen(ctx, k) > 0 || MEDICATIONS.has(w)) return -1;
  const ends = ctx.breakAfter(k) || t.commaAfter || k === ctx.toks.length - 1 || CLAUSE_GOES_ON.has(ctx.low(k + 1)) || ['for', 'until', 'till'].includes(ctx.low(k + 1))
    || (!ctx.written && (SPOKEN_CLAUSE_STARTS.has(ctx.low(k + 1)) || ctx.low(k + 1) === 'the'));
  return ends ? k : -1;
}

/** "I'm in Murphy Hall, room 506", "he's a freshman in Delgado Hall": the residence hall someone lives in. */
function residenceHalls(ctx: Ctx): void {
  for (let p = 1; p < ctx.toks.length - 1; p++) {
    if (ctx.low(p) !== 'in' || !ctx.free(p) || ctx.breakAfter(p) || ctx.breakAfter(p - 1)) continue;
    const b1 = ctx.toks[p - 1]!;
    const cued = IN_CUES.has(b1.low) || callerNameBefore(ctx, p)
      || (p >= 3 && STUDENT_WORDS.has(b1.low) && ["i'm", "he's", "she's", 'am', 'is'].includes(ctx.low(p - 3)));
    const hall = cued ? residenceHall(ctx, p + 1) : -1;
    if (hall > p) { ctx.claim(p + 1, hall, 'ADDRESS'); p = hall; }
  }
}

/** Places people without a home of their own stay: "the women's shelter", "a halfway house", the mission, a motel. */
const LODGINGS = new Set(['shelter', 'mission', 'motel', 'camp', 'encampment']);
/** Kinds of house someone stays in while in recovery or care: "halfway house", "sober house", "group home". */
const HOUSE_KINDS = new Set(['halfway', 'sober', 'group', 'recovery', 'transitional', 'boarding', 'rooming']);
/** What people sleep under: "under the Jefferson Avenue overpass". */
const SHELTER_STRUCTURES = new Set(['overpass', 'underpass', 'bridge', 'viaduct', 'trestle']);
const SLEEP_VERBS = new Set(['camping', 'camped', 'sleeping', 'sleeps', 'slept', 'staying', 'stays', 'living', 'lives', 'lived', 'stay', 'sleep', 'live']);

/**
 * Where someone without a home stays: "the women's shelter on Chippewa Street", "the halfway house at 3900 Gravois,
 * room 12", "camping under the Jefferson Avenue overpass". The street of a shelter or a halfway house is where its
 * residents live, even with no house number.
 */
function lodgingStreets(ctx: Ctx): void {
  const { toks } = ctx;
  const nameWord = (j: number): boolean => {
    const t = toks[j];
    return t !== undefined && ctx.free(j) && /^[a-z][a-z'.-]*$/i.test(t.core) && !FUNCTION_WORDS.has(t.low) && !STREET_SUFFIXES.has(t.low)
      && !UNIT_WORDS.has(t.low) && !DOSE_WORDS.has(t.low) && (!ctx.written || t.cap) && !isNumTok(t);
  };
  // "I'm at the women's shelter", "she's staying at the mission": someone stays there, said shortly before.
  const stays = (p: number): boolean => {
    for (let q = p - 1; q >= 0 && q >= p - 6; q--) {
      if (ctx.breakAfter(q)) return false;
      if (SOMEONE_IS.has(ctx.low(q)) || SLEEP_VERBS.has(ctx.low(q)) || ctx.low(q) === 'am') return true;
    }
    return false;
  };
  for (let p = 1; p < toks.length - 2; p++) {
    const w = ctx.low(p);
    const lodging = LODGINGS.has(toks[p]!.base) || ((w === 'house' || w === 'home') && HOUSE_KINDS.has(ctx.low(p - 1)));
    if (lodging && !ctx.breakAfter(p) && ['on', 'at', 'off'].includes(ctx.low(p + 1)) && ctx.free(p + 1) && stays(p)) {
      const k = p + 2;
      // "on Chippewa Street": a street's name and its suffix.
      let j = k;
      while (j < k + 3 && nameWord(j) && !ctx.breakAfter(j)) j++;
      const suffix = toks[j];
      if (j > k && suffix && ctx.free(j) && STREET_SUFFIXES.has(suffix.low.replace(/\.$/, '')) && (!ctx.written || suffix.cap)) {
        ctx.claim(k, roomAfter(ctx, j), 'ADDRESS');
        p = j;
        continue;
      }
      // "at thirty nine hundred gravois room twelve": a house number and a street name with no suffix.
      const run = numberRun(ctx, k, 6);
      // (Not a clock time and a word: "at the hotel at two thirty checkout".)
      if (run.end > k && run.digits.length >= 2 && run.digits.length <= 5 && /^\d+$/.test(run.digits) && nameWord(run.end)
        && (ctx.written || !isEnglishWord(ctx.low(run.end)))) {
        let e = run.end;
        if (nameWord(e + 1) && !ctx.breakAfter(e)) e++;
        if (ctx.freeRange(k, e)) { ctx.claim(k, roomAfter(ctx, e), 'ADDRESS'); p = e; continue; }
      }
    }
    // "We're on Summer Street in Springfield", "she lives on Popple Road": the street someone lives on, with no number.
    const who = ctx.toks[p - 1];
    if (w === 'on' && who && ctx.free(p) && !ctx.breakAfter(p - 1) && (SOMEONE_IS.has(who.low) || RESIDE_VERBS.has(who.base))) {
      let j = p + 1;
      while (j < p + 4 && nameWord(j) && !ctx.breakAfter(j) && !toks[j]!.commaAfter) j++;
      const suffix = toks[j];
      if (j > p + 1 && suffix && ctx.free(j) && STREET_SUFFIXES.has(suffix.low.replace(/\.$/, '')) && (!ctx.written || suffix.cap)
        && !WEAK_STREET_SUFFIXES.has(suffix.low)) {
        const end = extendInCity(ctx, j);
        ctx.claim(p + 1, end, 'ADDRESS');
        p = end;
        continue;
      }
    }
    // "camping under the Jefferson Avenue overpass".
    if (w === 'under' && ctx.low(p + 1) === 'the' && [1, 2, 3].some((n) => SLEEP_VERBS.has(ctx.low(p - n)) && !ctx.breakAfter(p - n))) {
      let j = p + 2;
      while (j < p + 6 && ctx.free(j) && !ctx.breakAfter(j) && !SHELTER_STRUCTURES.has(ctx.low(j)) && (nameWord(j) || STREET_SUFFIXES.has(ctx.low(j)) || /^\d+(st|nd|rd|th)?$/.test(ctx.low(j)))) j++;
      // A named road's structure ("the Jefferson Avenue overpass"), not "the big old bridge".
      const named = ctx.toks.slice(p + 2, j).some((t) => STREET_SUFFIXES.has(t.low) || /^\d/.test(t.low) || (ctx.written && t.cap));
      if (j > p + 2 && named && ctx.free(j) && SHELTER_STRUCTURES.has(ctx.low(j))) { ctx.claim(p + 2, j, 'ADDRESS'); p = j; }
    }
  }
}

/**
 * Units of a home with no street said: a condo's building and unit, a park's lot or space. A room is left out: in
 * a hospital or a facility it is where care happens, not where someone lives.
 */
const RESIDENT_UNITS = new Set(['apartment', 'apt', 'unit', 'building', 'bldg', 'lot', 'space', 'site', 'trailer', 'villa', 'cabin', 'flat']);
/** Words for a housing complex after its name: "the Cedar-Riverside apartments", "Bayview Towers". */
const COMPLEX_WORDS = new Set(['apartments', 'apartment', 'condos', 'condominiums', 'townhomes', 'townhouses', 'towers', 'complex', 'projects', 'houses', 'homes']);
/** Words just before "in" / "at" that say someone lives or is staying there. */
const UNIT_HOME_CUES = new Set([...SOMEONE_IS, 'live', 'lives', 'living', 'lived', 'stay', 'stays', 'staying', 'moved', 'am', 'are']);

/** The id of a unit from k: "4", "210", "6G", "C", "two oh six", "four b"; its last index or -1. */
function unitIdEnd(ctx: Ctx, k: number, maxDigits = 4): number {
  let j = k;
  if ((ctx.low(j) === 'number' || ctx.low(j) === 'no' || ctx.low(j) === 'no.') && ctx.free(j) && !ctx.breakAfter(j)) j++;
  const t = ctx.toks[j];
  if (!t || !ctx.free(j)) return -1;
  if (ctx.written) {
    if (new RegExp(`^#?\\d{1,${maxDigits}}[A-Z]?$`, 'i').test(t.core) || /^[A-Z]$/.test(t.core) || /^[A-Z]-?\d{1,4}$/.test(t.core)) return j;
    return -1;
  }
  const run = numberRun(ctx, j, 6);
  if (run.end > j && run.digits.replace(/[A-Z]$/, '').length <= maxDigits && /^\d+[A-Z]?$/.test(run.digits)) {
    // "apartment three a my cell ...": the letter "a" after the number, where the caller goes on.
    if (/^\d+$/.test(run.digits) && ctx.low(run.end) === 'a' && ctx.free(run.end) && !ctx.breakAfter(run.end - 1) && spokenClauseEndsAt(ctx, run.end)) return run.end;
    return run.end - 1;
  }
  // "apartment three seven seven three five five five ...": the unit's number runs straight into a phone number; the
  // unit takes what is left before the last seven or ten digits.
  if (run.end > j) {
    // A whole ten-digit number is likelier than a seven-digit one.
    for (const phone of [10, 7]) {
      for (let m = 1; m <= 5; m++) {
        const head = numberRun(ctx, j, m);
        if (head.end <= j || !/^\d+$/.test(head.digits) || head.digits.length > maxDigits) break;
        if (numberRun(ctx, head.end, 14).digits.length === phone) return head.end - 1;
      }
    }
  }
  // Spoken "building c": one letter with no spelled letter after it.
  if (/^[b-hj-z]$/.test(t.low) && !/^[a-z]$/.test(ctx.low(j + 1))) return j;
  return -1;
}

/**
 * The last index of a run of home units from k ("building 4, unit 210", "Building C, Number 1104"), or -1. With
 * rooms (an address to mail to), a barracks room counts. A building may have five digits (barracks, base housing).
 */
function unitChainEnd(ctx: Ctx, k: number, rooms: boolean): number {
  let end = -1;
  for (let u = k; u < ctx.toks.length; ) {
    const w = ctx.low(u).replace(/\.$/, '');
    // "Building C, Number 1104": after a first unit, "number" names the next.
    const numberWord = end >= 0 && (w === 'number' || w === 'no');
    if (!(RESIDENT_UNITS.has(w) || numberWord || (rooms && (w === 'room' || w === 'rm'))) || !ctx.free(u) || ctx.breakAfter(u)) break;
    // Barracks and base buildings run to five digits ("Building 20430").
    const id = unitIdEnd(ctx, u + 1, w.startsWith('b') ? 5 : 4);
    if (id < 0) break;
    end = id;
    if (ctx.breakAfter(id)) break;
    u = id + 1;
  }
  return end;
}

/**
 * "my mom lives at Sunnyside Village, building 4, unit 210", "we're in lot fifty seven", "i'm in building three
 * apartment two oh six": units of a home after someone living or staying there, with the named complex between.
 */
function homeUnits(ctx: Ctx): void {
  mailingUnits(ctx);
  for (let p = 1; p < ctx.toks.length - 2; p++) {
    const prep = ctx.low(p);
    // "he lives with us at Lot 9": who with, between the verb and the units.
    const withUs = OBJECT_PRONOUNS.has(ctx.low(p - 1)) && ctx.low(p - 2) === 'with' && RESIDE_VERBS.has(ctx.toks[p - 3]?.base ?? '') && !ctx.breakAfter(p - 3) && !ctx.breakAfter(p - 2);
    if ((prep !== 'in' && prep !== 'at') || !ctx.free(p) || ctx.breakAfter(p) || ctx.breakAfter(p - 1) || !(UNIT_HOME_CUES.has(ctx.low(p - 1)) || withUs)) continue;
    // Written: a named complex may come first, "at Sunnyside Village, building 4".
    let k = p + 1;
    let lead = -1;
    const q0 = ctx.low(k) === 'the' && ctx.free(k) ? k + 1 : k;
    if (ctx.written) {
      let q = q0;
      // "the Cedar-Riverside apartments, Building C": a complex's name and the word for it.
      while (q < k + 5 && ctx.free(q) && (ctx.toks[q]?.cap || (q > q0 && COMPLEX_WORDS.has(ctx.low(q)))) && !RESIDENT_UNITS.has(ctx.low(q))
        && (!ORG_WORDS.has(ctx.toks[q]!.base) || COMPLEX_WORDS.has(ctx.low(q))) && !ctx.breakAfter(q)) {
        if (ctx.toks[q]!.commaAfter) { k = q + 1; break; }
        q++;
      }
      // "We're in base housing, Building 1642": a kind of housing, not its name, before the units (left out of the span).
      const kind = [0, 1].find((n) => ['housing', 'projects', 'barracks', 'dorms'].includes(ctx.low(q0 + n)) && ctx.toks[q0 + n]!.commaAfter
        && ctx.freeRange(q0, q0 + n) && !ctx.toks[q0]!.cap && RESIDENT_UNITS.has(ctx.low(q0 + n + 1)));
      if (k === p + 1 && kind !== undefined) { k = q0 + kind + 1; lead = k; }
    } else {
      // Spoken "in the cedar riverside apartments building c": words up to the word for the complex.
      const c = [1, 2, 3].find((n) => COMPLEX_WORDS.has(ctx.low(q0 + n)) && ctx.freeRange(q0, q0 + n)
        && ctx.toks.slice(q0, q0 + n).every((w, m) => !ctx.breakAfter(q0 + m) && !FUNCTION_WORDS.has(w.low) && !isNumTok(w)));
      if (c !== undefined && RESIDENT_UNITS.has(ctx.low(q0 + c + 1))) k = q0 + c + 1;
      // "i'm in the barracks building two oh four three oh": the kind of housing, then its building (left out of the span).
      else if (['barracks', 'dorms', 'projects'].includes(ctx.low(q0)) && ctx.free(q0) && RESIDENT_UNITS.has(ctx.low(q0 + 1))) { k = q0 + 1; lead = k; }
    }
    let end = unitChainEnd(ctx, k, false);
    // "Building 2 of the hospital": a part of somewhere else, not a home.
    if (end < 0 || (!ctx.breakAfter(end) && ctx.low(end + 1) === 'of')) continue;
    // Written "unit 210 at Sunnyside Village": the complex named after the unit.
    if (ctx.written && !ctx.breakAfter(end) && !ctx.toks[end]!.commaAfter && ctx.low(end + 1) === 'at') {
      let q = end + 2;
      let firm = false;
      while (q < end + 5 && ctx.free(q) && ctx.toks[q]?.cap) {
        // "unit 4 at Mercy Hospital": a hospital's unit, no home.
        if (ORG_WORDS.has(ctx.toks[q]!.base) || NOT_HOMES.has(ctx.toks[q]!.base) || CARE_KINDS.has(ctx.toks[q]!.base)) firm = true;
        q++;
        if (ctx.breakAfter(q - 1) || ctx.toks[q - 1]!.commaAfter) break;
      }
      if (firm) continue;
      if (q > end + 2) end = q - 1;
    }
    end = complexAfterUnits(ctx, end);
    ctx.claim(lead >= 0 ? lead : ctx.low(p + 1) === 'the' && k > p + 1 ? p + 2 : p + 1, end, 'ADDRESS');
    p = end;
  }
}

/** Last words of a housing complex or park named after its units: "Willow Run Apartments", "Chinle Housing". */
const COMPLEX_TAILS = new Set([...COMPLEX_WORDS, 'housing', 'park', 'estates', 'village', 'court', 'commons', 'subdivision']);

/**
 * After a run of units ending at `end`: the complex they are in and its town. "Lot 9, Chinle Housing, Chinle, Arizona",
 * "Building 2, Apartment 208, Clarkston Summit Apartments", "apartment nine twelve willow run apartments off memorial
 * drive", "Lot 22 in the NHA housing at Mexican Springs". Returns the new last index (end when nothing follows).
 */
function complexAfterUnits(ctx: Ctx, end: number): number {
  if (ctx.breakAfter(end)) return end;
  let k = end + 1;
  // "Brannon Square Apartments, building 4, apartment 4C, in Clarkston": the town after the units.
  if (ctx.low(k) === 'in' && ctx.low(k + 1) !== 'the' && ctx.free(k) && !ctx.breakAfter(k)) {
    const town = ctx.written ? townAt(ctx, k + 1) : placeAt(ctx, k + 1, 1, 3);
    if (town > k) return extendStateZip(ctx, town);
    // Spoken "lot one twelve in lakeside pines saint cloud": the park's words, then a town the place data knows.
    if (!ctx.written) {
      for (let q = k + 2; q <= k + 4; q++) {
        if (!ctx.freeRange(k + 1, q - 1) || ctx.toks.slice(k + 1, q).some((w) => FUNCTION_WORDS.has(w.low) || isNumTok(w))) break;
        const t2 = placeAt(ctx, q, 2);
        if (t2 >= q) return extendZip(ctx, t2);
      }
    }
    // "Lot 112 in Lakeside Pines, St. Cloud": the park's name, then its town.
    if (ctx.written) {
      let q = k + 1;
      while (q < k + 4 && ctx.free(q) && ctx.toks[q]?.cap && !ctx.toks[q]!.commaAfter && !ctx.breakAfter(q)) q++;
      if (q > k + 1 && ctx.toks[q]?.cap && ctx.toks[q]!.commaAfter && ctx.free(q)) {
        const t2 = placeAt(ctx, q + 1, 1);
        if (t2 > q) return extendStateZip(ctx, t2);
      }
    }
    return end;
  }
  // "... in the NHA housing": the complex after "in the".
  if (ctx.low(k) === 'in' && ctx.low(k + 1) === 'the' && ctx.freeRange(k, k + 1) && !ctx.breakAfter(k + 1)) k += 2;
  else if (ctx.written && !ctx.toks[end]!.commaAfter) return end;
  let tail = -1;
  for (let q = k; q < k + 5 && q < ctx.toks.length; q++) {
    const w = ctx.toks[q]!;
    if (!ctx.free(q) || isNumTok(w) || /\d/.test(w.core) || (isEnglishFunction(w.low) && !COMPLEX_TAILS.has(w.low)) || (ctx.written && !w.cap && !COMPLEX_TAILS.has(w.low))) break;
    if (q > k && COMPLEX_TAILS.has(w.low)) { tail = q; break; }
    if (ctx.breakAfter(q) || w.commaAfter) break;
  }
  if (tail < 0) return end;
  let last = tail;
  if (ctx.breakAfter(tail)) return last;
  // Its town: "..., Chinle, Arizona", "... at Mexican Springs"; or the road it is off: "off Memorial Drive".
  const n = ctx.low(tail + 1);
  if (n === 'off' || n === 'on') {
    const road = Math.max(streetWithoutNumber(ctx, tail + 2), numberedRoad(ctx, tail + 2));
    if (road > tail) last = road;
  } else {
    const at = n === 'at' || n === 'in' ? tail + 2 : tail + 1;
    if (at === tail + 1 && ctx.written && !ctx.toks[tail]!.commaAfter) return last;
    let town = ctx.written ? townAt(ctx, at) : placeAt(ctx, at, 1, 3);
    if (town < 0 && at === tail + 2 && ctx.written) town = villageAt(ctx, at);
    if (town < 0 && at === tail + 2 && ctx.written && ctx.toks[at]?.cap && ctx.toks[at + 1]?.cap && !ctx.breakAfter(at) && (ctx.breakAfter(at + 1) || ctx.toks[at + 1]!.commaAfter)) town = at + 1;
    if (town >= at) last = extendStateZip(ctx, town);
  }
  return last;
}

/**
 * "mail them to Building 11590, Room 214, Joint Base Lewis-McChord, Washington 98433": after an address cue, units with
 * no street (a barracks room too) and then a town with its state or ZIP.
 */
function mailingUnits(ctx: Ctx): void {
  for (let u = 1; u < ctx.toks.length - 2; u++) {
    if (!['to', 'is'].includes(ctx.low(u - 1)) || !addressCue(ctx, u)) continue;
    // "my address is Fenwick Towers, apartment 1412, Silver Spring": a named building before its unit.
    let first = u;
    if (ctx.written) {
      let q = u;
      while (q < u + 3 && ctx.free(q) && ctx.toks[q]!.cap && !RESIDENT_UNITS.has(ctx.low(q)) && !ctx.breakAfter(q) && !ctx.toks[q]!.commaAfter) q++;
      if (q > u && q < u + 4 && ctx.free(q) && ctx.toks[q]!.cap && ctx.toks[q]!.commaAfter && RESIDENT_UNITS.has(ctx.low(q + 1))) first = q + 1;
    } else {
      const c = [1, 2].find((n) => COMPLEX_WORDS.has(ctx.low(u + n)) && RESIDENT_UNITS.has(ctx.low(u + n + 1)) && ctx.freeRange(u, u + n));
      if (c !== undefined) first = u + c + 1;
    }
    const units = unitChainEnd(ctx, first, true);
    if (units < 0) continue;
    // "Our address is Building 9, Apartment 912, Willow Run Apartments off Memorial Drive": the complex said after.
    const withComplex = complexAfterUnits(ctx, units);
    if (withComplex > units) { ctx.claim(u, withComplex, 'ADDRESS'); u = withComplex; continue; }
    const end = units;
    // The town: written, capitalised words up to a state or ZIP; spoken, any words up to a state and ZIP.
    let last = extendCityStateZip(ctx, end);
    if (last === end && !ctx.written) {
      for (let q = end + 1; q <= end + 5 && q < ctx.toks.length && !ctx.breakAfter(q - 1); q++) {
        const st = stateLen(ctx, q);
        if (st) { const z = extendZip(ctx, q + st - 1); if (z > q + st - 1) last = z; break; }
        if (!ctx.free(q) || isNumTok(ctx.toks[q]) || FUNCTION_WORDS.has(ctx.low(q))) break;
      }
    }
    // After a named building the town alone will do ("..., Silver Spring"); units alone need a state or ZIP after them.
    if (last === end && first > u && !ctx.written) last = townAfterStreet(ctx, end);
    // "our new address is Building 318, Apartment 6.": two units and nothing after them is a whole address on base or campus.
    const twoUnits = ctx.toks.slice(first, end + 1).filter((w) => RESIDENT_UNITS.has(w.low.replace(/\.$/, ''))).length >= 2
      && (ctx.breakAfter(end) || end === ctx.toks.length - 1 || (ctx.written && ctx.toks[end]!.commaAfter && !ctx.toks[end + 1]!.cap)
        || (!ctx.written && (NOT_TOWN_AFTER_STREET.has(ctx.low(end + 1)) || SPOKEN_CLAUSE_STARTS.has(ctx.low(end + 1)) || ctx.low(end + 1) === 'not')));
    if (!twoUnits && (last === end || !(stateIn(ctx, end + 1, last) || isNumTok(ctx.toks[last]) || isDigitTok(ctx.toks[last]) || first > u))) continue;
    ctx.claim(u, last, 'ADDRESS');
    u = last;
  }
}

/** Halls no one lives in: "I'm in the dining hall", "in study hall". */
const NOT_HALLS = new Set(['dining', 'music', 'study', 'lecture', 'concert', 'banquet', 'pool', 'dance', 'bingo', 'assembly', 'meeting', 'reception']);

/**
 * "fifty eight maple court inver grove heights", "dune road bethany beach": a town said right after an address whose
 * first word or two the address already took; the place data knows the whole name. Widens the address to it.
 */
function townsByPlaceData(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'ADDRESS') continue;
    let best = e.to;
    for (const n of [2, 1]) {
      const start = e.to - n + 1;
      if (start <= e.from) continue;
      for (let m = 1; m <= 3; m++) {
        const end = e.to + m;
        if (end >= ctx.toks.length || !ctx.free(end) || ctx.breakAfter(end - 1)) break;
        const ws = ctx.toks.slice(start, end + 1);
        // "Truth or Consequences": a small word inside a town's name needs no capital.
        if (ws.some((w, q) => !/^[a-z][a-z'.-]*$/i.test(w.core) || (ctx.written && !w.cap && !(q > 0 && (TOWN_PARTICLES.has(w.low) || w.low === 'or'))))
          || ws.slice(0, -1).some((w) => w.commaAfter)) break;
        if (placeClass(ws.map((w) => w.low)) > 0 && end > best) best = end;
      }
    }
    // "... unit three b fenwick island": a town's last word after a town the data lacks.
    const lt = ctx.toks[e.to]!;
    const nx = ctx.toks[e.to + 1];
    if (best === e.to && nx && ctx.free(e.to + 1) && !ctx.breakAfter(e.to) && !lt.commaAfter && PLACE_TAILS.has(nx.base) && (!ctx.written || nx.cap)
      && /^[a-z][a-z'-]+$/i.test(lt.core) && !STREET_SUFFIXES.has(lt.low) && !UNIT_WORDS.has(lt.low) && !isNumTok(lt)) best = e.to + 1;
    if (best === e.to) continue;
    let last = best;
    if (!ctx.breakAfter(last)) {
      last += stateLen(ctx, last + 1) || spelledStateLen(ctx, last + 1);
    }
    last = extendZip(ctx, last);
    for (let k = e.to + 1; k <= last; k++) ctx.owner[k] = 'ADDRESS';
    e.to = last;
  }
}

const OBJECT_PRONOUNS = new Set(['us', 'me', 'him', 'her', 'them']);
/** "... about your bill": words after a firm's name when its staff call about the listener's business. */
const ABOUT_WORDS = new Set(['about', 'regarding', 'with', 'for', 'on']);
/** "he's a freshman in ...": a student's year before the hall he lives in. */
const STUDENT_WORDS = new Set(['freshman', 'sophomore', 'junior', 'senior', 'student', 'resident']);
/** Last words of a residence hall's name: "Murphy Hall", "Sycamore Commons". */
const HALL_WORDS = new Set(['hall', 'commons', 'dorm', 'dormitory', 'residences', 'quad']);

/** "I'm David Cho, in Seattle", "i'm sunita mehta in edison": the caller's name said just before where she is. */
function callerNameBefore(ctx: Ctx, p: number): boolean {
  for (const n of [2, 3]) {
    const im = ctx.low(p - n - 1);
    // "I'm David Cho", "this is Suzanne Metcalf", "it's Bernard Lachance".
    // "my auntie Caroline Esai in Nenana", "my mom Grace Solomon is from Huslia": a relative named, then where.
    // Spanish "soy Crucita Lucero", "habla Eloy Martinez".
    const intro = im === "i'm" || (im === 'am' && ctx.low(p - n - 2) === 'i') || (im === 'is' && ctx.low(p - n - 2) === 'this') || im === "it's"
      || im === 'soy' || im === 'habla'
      || ((RELATIONS.has(im) || im === 'auntie' || im === 'grandma' || im === 'grandpa') && POSSESSIVE_OWNERS.has(ctx.low(p - n - 2)));
    if (!intro) continue;
    const words = ctx.toks.slice(p - n, p);
    if (words.length !== n || [p - n - 1, ...Array.from({ length: n - 1 }, (_, q) => p - n + q)].some((q) => ctx.breakAfter(q))) continue;
    // Spoken, words no dictionary has, or clear given names and surnames ("bernard lachance").
    const nameLike = words.every((w) => (ctx.written ? w.cap && !w.possessive
      : !FUNCTION_WORDS.has(w.low) && (!isEnglishWord(w.low) || clearGiven(w.low) || clearSurname(w.low))) && /^[a-z][a-z'-]*$/i.test(w.core));
    // Written, the name is set off by a comma, or the place ends the sentence ("this is Suzanne Metcalf in Minneapolis.").
    if (nameLike && (!ctx.written || words[n - 1]!.commaAfter || im !== "i'm")) return true;
  }
  return false;
}

/** "Murphy Hall, room 506", "sycamore commons room two twelve": a residence hall and the room in it; last token or -1. */
function residenceHall(ctx: Ctx, k: number): number {
  let j = k;
  while (j < k + 3 && ctx.free(j) && !ctx.breakAfter(j) && !ctx.toks[j]!.commaAfter && /^[a-z][a-z'-]*$/i.test(ctx.toks[j]!.core)
    && !FUNCTION_WORDS.has(ctx.low(j)) && !HALL_WORDS.has(ctx.low(j)) && !NOT_PLACES.has(ctx.low(j)) && !NOT_HALLS.has(ctx.low(j))
    && (!ctx.written || ctx.toks[j]!.cap)) j++;
  const h = ctx.toks[j];
  if (j === k || !h || !ctx.free(j) || !HALL_WORDS.has(h.low) || (ctx.written && !h.cap)) return -1;
  return roomAfter(ctx, j);
}

/** ", room 506", "room two twelve": the room said after a hall's name; returns its last token, or j when none. */
function roomAfter(ctx: Ctx, j: number): number {
  if (ctx.breakAfter(j) || !['room', 'rm', 'apartment', 'apt', 'suite', 'unit'].includes(ctx.low(j + 1)) || !ctx.free(j + 1)) return j;
  // "room five oh six six oh eight five five five ...": the room ends where a whole phone number starts.
  for (let n = 1; n <= 4; n++) {
    const run = numberRun(ctx, j + 2, n);
    const rest = numberRun(ctx, run.end, 16);
    if (run.end > j + 2 && run.digits.length <= 4 && /^[2-9]\d{9}$/.test(rest.digits)) return run.end - 1;
  }
  const run = numberRun(ctx, j + 2, 6);
  if (run.end > j + 2 && run.digits.length <= 4) return run.end - 1;
  return /^\d+[A-Za-z]?$/.test(ctx.toks[j + 2]?.core ?? '') && ctx.free(j + 2) ? j + 2 : j;
}

/** Words of distance and position between "I'm" and "in": "about an hour out, in", "down the shore in", "three hours away in". */
const WHEREABOUTS_WORDS = new Set(['down', 'up', 'out', 'over', 'back', 'the', 'shore', 'about', 'an', 'a', 'hour', 'hours', 'minutes', 'mile',
  'miles', 'away', 'still', 'now', 'currently', 'all', 'both', 'here', 'there', 'half', 'couple', 'of', 'two', 'three', 'four', 'five', 'six',
  'ten', 'twenty', 'thirty', 'forty', 'fifty', 'north', 'south', 'east', 'west', 'way', 'going', 'to', 'be', 'gonna', 'staying']);

/** "we're about an hour out, in Sanostee", "i'm down the shore in ocean city": someone, how far, then where. */
function whereaboutsBefore(ctx: Ctx, p: number): boolean {
  for (let q = p - 1; q >= 0 && q >= p - 6; q--) {
    if (ctx.breakAfter(q) && q < p - 1) return false;
    const w = ctx.low(q);
    if (SOMEONE_IS.has(w) || (w === 'am' && ctx.low(q - 1) === 'i') || (w === 'are' && ctx.low(q - 1) === 'we')) return q < p - 1;
    // "I'm Jean Abernathy's son, out in Denver": a relative, set off by a comma, and where he is.
    // "I'm their daughter, in Hamilton": the relative speaking, then where she is.
    if (RELATIONS.has(ctx.toks[q]!.base) && ctx.toks[q]!.commaAfter && (q < p - 1 || [1, 2, 3].some((n) => SOMEONE_IS.has(ctx.low(q - n)) && !ctx.breakAfter(q - n)))) return true;
    // "I live at Lakeview Terrace up in Bountiful": a way of living a few words back, then a place adverb and "in".
    if (q === p - 1 && PLACE_ADVERBS.has(w) && [2, 3, 4, 5, 6].some((n) => RESIDE_VERBS.has(ctx.low(p - n)) && !ctx.breakAfter(p - n)
      && Array.from({ length: n - 1 }, (_, m) => p - n + m).every((m) => !ctx.breakAfter(m)))) return true;
    // "visiting my brother down in Fairplay": a relative, a place adverb and "in".
    if (q === p - 2 && PLACE_ADVERBS.has(ctx.low(p - 1)) && RELATIONS.has(ctx.toks[q]!.base) && POSSESSIVE_OWNERS.has(ctx.low(q - 1))) return true;
    // "it's Rhonda Pfeiffer, out in Deer Trail", "this is norma stuckey over in burlington": the caller's name, then where.
    if (q === p - 1 && PLACE_ADVERBS.has(w) && callerNameBefore(ctx, q)) return true;
    if (!WHEREABOUTS_WORDS.has(w)) return false;
  }
  return false;
}

/** A house number said after its street, from k: "1340", "22B", spoken "twenty two"; its last index or -1. */
function houseNumberAfter(ctx: Ctx, k: number): number {
  if (!ctx.free(k)) return -1;
  if (ctx.written) return /^\d{1,5}[A-Z]?$/.test(ctx.toks[k]?.core ?? '') ? k : -1;
  const run = numberRun(ctx, k, 6);
  return run.end > k && /^\d{1,5}$/.test(run.digits) ? run.end - 1 : -1;
}

/** "KK", "Q", spoken "k k": the letters of a lettered county road from k; the last index or -1. */
function countyRoadLetters(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k)) return -1;
  if (ctx.written) return /^[A-Z]{1,2}$/.test(t.core) ? k : -1;
  // "county road i think": "i", "a" and "o" are words before they are letters.
  if (!/^[a-z]$/.test(t.low) || ['i', 'a', 'o'].includes(t.low)) return -1;
  // A second letter, the same one ("k k", "double k" is not heard), only if no third follows (that would be spelling).
  return ctx.low(k + 1) === t.low && ctx.free(k + 1) && !ctx.breakAfter(k) && !/^[a-z]$/.test(ctx.low(k + 2)) ? k + 1 : k;
}

/** Words that name a numbered road: "County Road 4990", "State Road 117", "Navajo Route 12". */
const ROAD_WORDS = new Set(['road', 'rd', 'route', 'rte', 'highway', 'hwy']);
const ROAD_KINDS = new Set(['county', 'state', 'navajo', 'us', 'farm', 'forest', 'tribal', 'indian', 'ranch', 'fm', 'cr', 'sr', 'bia']);

/** "County Road 4990", "navajo route twelve": a numbered road at k; returns its last token or -1. */
function numberedRoad(ctx: Ctx, k: number): number {
  // "FM 1015", spoken "f m ten fifteen": a Texas farm-to-market road needs no "road".
  const fm = ctx.low(k) === 'fm' ? 1 : ctx.low(k) === 'f' && ctx.low(k + 1) === 'm' && !ctx.written ? 2 : 0;
  if (fm && ctx.freeRange(k, k + fm - 1) && !ctx.breakAfter(k + fm - 1)) {
    const run = numberRun(ctx, k + fm, 5);
    if (run.end > k + fm && /^\d{1,4}$/.test(run.digits)) return run.end - 1;
  }
  // "Mile 3 Road", "Mile 17 1/2 Road": the Valley's grid roads, named by their mile.
  if (ctx.low(k) === 'mile' && ctx.free(k) && !ctx.breakAfter(k)) {
    let j = k + 1;
    const run = numberRun(ctx, j, ctx.written ? 1 : 3);
    if (run.end > j && /^\d{1,2}$/.test(run.digits)) {
      j = run.end;
      if (ctx.toks[j]?.core === '1/2') j++;
      else if (ctx.low(j) === 'and' && ctx.low(j + 1) === 'a' && ctx.low(j + 2) === 'half') j += 3;
      if (ROAD_WORDS.has(ctx.low(j)) && ctx.free(j)) return j;
    }
  }
  let j = k;
  while (j < k + 2 && ROAD_KINDS.has(ctx.low(j)) && ctx.free(j) && !ctx.breakAfter(j)) j++;
  if (!ROAD_WORDS.has(ctx.low(j)) || !ctx.free(j) || ctx.breakAfter(j)) return -1;
  const run = numberRun(ctx, j + 1, 5);
  return run.end > j + 1 && run.digits.length >= 1 && run.digits.length <= 5 && /^\d+$/.test(run.digits) ? run.end - 1 : -1;
}

/** After a rural location: ", Lukachukai", "south of Quemado", "outside of bloomfield": the town it is near. */
function townNear(ctx: Ctx, last: number): number {
  if (ctx.breakAfter(last)) return last;
  let k = last + 1;
  if (DIRECTIONS.has(ctx.low(k)) && ctx.low(k + 1) === 'of') k += 2;
  else if ((ctx.low(k) === 'outside' || ctx.low(k) === 'near') && ctx.low(k + 1) === 'of') k += 2;
  else if (ctx.low(k) === 'outside' || ctx.low(k) === 'near') k += 1;
  else if (!ctx.toks[last]!.commaAfter && ctx.written) return last;
  if (!ctx.freeRange(last + 1, k - 1)) return last;
  const place = placeAt(ctx, k, 1);
  if (place >= k) return extendZip(ctx, place);
  // Written, a capitalised name the place data lacks ("Lukachukai", "Quemado") where the clause ends.
  const t = ctx.toks[k];
  if (ctx.written && t && ctx.free(k) && t.cap && /^[A-Z][a-z'-]+$/.test(t.core) && !FUNCTION_WORDS.has(t.low) && (ctx.breakAfter(k) || t.commaAfter)) return k;
  if (!ctx.written && t && ctx.free(k) && !isEnglishWord(t.low) && /^[a-z][a-z'-]+$/.test(t.low) && !FUNCTION_WORDS.has(t.low)) return k;
  return last;
}

/**
 * Rural addresses: "mile marker 31 on State Road 117, south of Quemado", "mile marker nine on navajo route twelve
 * lukachukai", and a house number on a numbered road, "27 County Road 4990, Bloomfield".
 */
function ruralRoads(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length - 2; i++) {
    if (ctx.low(i) !== 'mile' || ctx.low(i + 1) !== 'marker' || !ctx.freeRange(i, i + 1) || ctx.breakAfter(i)) continue;
    // Where someone lives or stays ("they're at", "lives at"), not where a car broke down.
    const lives = [1, 2, 3, 4].some((n) => i - n >= 0 && !ctx.breakAfter(i - n) && (SOMEONE_IS.has(ctx.low(i - n)) || RESIDE_VERBS.has(ctx.toks[i - n]!.base)
      || ctx.low(i - n) === 'address' || ctx.low(i - n) === 'house' || ctx.low(i - n) === 'place'));
    // "it's Highway 371, mile marker 47, Crownpoint": a road, then the mile marker on it, is a place in itself.
    const roadStart = [2, 3, 4].map((n) => i - n).find((j) => j >= 0 && numberedRoad(ctx, j) === i - 1 && (ctx.toks[i - 1]!.commaAfter || !ctx.written));
    if (!lives && roadStart === undefined) continue;
    const run = numberRun(ctx, i + 2, 4);
    if (run.end <= i + 2 || !/^\d{1,4}$/.test(run.digits)) continue;
    let last = run.end - 1;
    let on = ['on', 'of', 'off'].includes(ctx.low(last + 1)) && !ctx.breakAfter(last) ? last + 2 : -1;
    // "mile marker 17 on the East Rosebud Road": a named road, with "the".
    if (on > 0 && ctx.low(on) === 'the' && ctx.free(on) && !ctx.breakAfter(on)) on++;
    const road = on > 0 ? Math.max(numberedRoad(ctx, on), streetWithoutNumber(ctx, on), DIRECTIONS.has(ctx.low(on)) ? streetWithoutNumber(ctx, on + 1) : -1) : -1;
    if (road > 0) last = road;
    ctx.claim(roadStart ?? i, townNear(ctx, last), 'ADDRESS');
  }
  // "27 County Road" found as a street: the road's number and the town after it.
  for (const e of ctx.entities) {
    if (e.type !== 'ADDRESS' || !ROAD_WORDS.has(ctx.low(e.to)) || !ROAD_KINDS.has(ctx.low(e.to - 1)) || ctx.breakAfter(e.to)) continue;
    const run = numberRun(ctx, e.to + 1, 5);
    if (run.end <= e.to + 1 || !/^\d{1,5}$/.test(run.digits)) continue;
    const last = townNear(ctx, run.end - 1);
    for (let k = e.to + 1; k <= last; k++) ctx.owner[k] = 'ADDRESS';
    e.to = last;
  }
}

/** Words that end the name of a hollow, a creek or a branch people live up: "Grapevine Holler", "Troublesome Creek". */
const HOLLOW_WORDS = new Set(['holler', 'hollow', 'creek', 'branch', 'fork']);
/** Words just before a hollow's name: "up Grapevine Holler", "out on Big Branch". */
const HOLLOW_LEADS = new Set(['up', 'down', 'on', 'in', 'at', 'off', 'out']);
/** Words in the few before a hollow that say someone lives or is stuck there. */
const HOLLOW_CUES = new Set([...SOMEONE_IS, ...RESIDE_VERBS, 'snowed', 'iced', 'stuck', 'home', 'house', 'trailer', 'place', 'address']);

/**
 * Appalachian homes known by the hollow or creek they sit up: "we're snowed in up Grapevine Holler", "I live way up
 * Big Branch", "lives by herself up Sugar Camp Holler, off of Route 7". One to three name words (capitalised when
 * written), a hollow word, and someone living or stuck there a few words before; a numbered road "off of" it joins.
 */
function hollows(ctx: Ctx): void {
  if (!ctx.hasAny(HOLLOW_WORDS)) return;
  const { toks } = ctx;
  for (let h = 1; h < toks.length; h++) {
    if (!HOLLOW_WORDS.has(toks[h]!.base) || !ctx.free(h) || (ctx.written && !toks[h]!.cap)) continue;
    let a = h;
    while (a - 1 >= 0 && h - a < 3 && ctx.free(a - 1) && !ctx.breakAfter(a - 1) && !toks[a - 1]!.commaAfter && !isNumTok(toks[a - 1])
      && !isEnglishFunction(ctx.low(a - 1)) && !HOLLOW_LEADS.has(ctx.low(a - 1)) && (!ctx.written || toks[a - 1]!.cap)) a--;
    if (a === h || !HOLLOW_LEADS.has(ctx.low(a - 1)) || ctx.breakAfter(a - 1)) continue;
    const cued = [2, 3, 4, 5, 6].some((n) => a - n >= 0 && HOLLOW_CUES.has(toks[a - n]!.base)
      && Array.from({ length: n - 1 }, (_, q) => a - n + q).every((q) => !ctx.breakAfter(q)));
    if (!cued) continue;
    let last = h;
    // "Rich Creek Road", "Beech Fork Hollow": the road or hollow named after the creek or fork.
    while (!ctx.breakAfter(last) && !toks[last]!.commaAfter && (STREET_SUFFIXES.has(ctx.low(last + 1)) || HOLLOW_WORDS.has(ctx.low(last + 1)))
      && ctx.free(last + 1) && (!ctx.written || toks[last + 1]!.cap) && last < h + 2) last++;
    // ", off of Route 7", "off 23": the road the hollow leaves.
    if (!ctx.breakAfter(last) && ctx.low(last + 1) === 'off') {
      const r = ctx.low(last + 2) === 'of' ? last + 3 : last + 2;
      const road = numberedRoad(ctx, r);
      if (road > 0) last = road;
    }
    last = townNear(ctx, last);
    ctx.claim(a, last, 'ADDRESS');
    h = last;
  }
}

/**
 * Where someone is, said with "out at", "up at", "over at" and a town: "this is Marvin Sekaquaptewa, out at Second
 * Mesa", "I'm up at Hotevilla", "I live over at Gilbert, West Virginia", "from over at Kermit". The adverb must
 * follow a caller's name, "I'm"/"we're", a verb of living, or "from"; the town must be known or a small place's name.
 */
function placesOutAt(ctx: Ctx): void {
  const { toks } = ctx;
  for (let p = 2; p < toks.length - 1; p++) {
    const prep = ctx.low(p);
    if ((prep !== 'at' && prep !== 'on') || !ctx.free(p) || ctx.breakAfter(p)) continue;
    // "Hi, it's Wendy Coffin on Peaks": an island's people say "on", right after the caller's name.
    // "she on Wadmalaw Island", "we're at Daniel Island now", "the family land out on Edisto Island": an island named with
    // the word itself, after someone being there or "out on".
    const namedIsland = ctx.low(p + 2) === 'island' && !ctx.breakAfter(p - 1)
      && (['she', 'he', 'we', 'they', "she's", "he's", "we're", "they're", "i'm"].includes(ctx.low(p - 1)) || (prep === 'on' && ctx.low(p - 1) === 'out'));
    const islandOn = (prep === 'on' && callerNameBefore(ctx, p)) || namedIsland;
    if (!islandOn && (!PLACE_ADVERBS.has(ctx.low(p - 1)) || ctx.breakAfter(p - 1) || ctx.low(p - 1) === 'back' || (prep === 'on' && ctx.low(p - 1) !== 'out'))) continue;
    const v = p - 2;
    const cued = islandOn || (!ctx.breakAfter(v) && (SOMEONE_IS.has(ctx.low(v)) || RESIDE_VERBS.has(toks[v]!.base) || ctx.low(v) === 'from'
      || callerNameBefore(ctx, p - 1) || (ctx.written && toks[v]!.commaAfter && callerNameBefore(ctx, p - 1))));
    if (!cued) continue;
    let last = placeAt(ctx, p + 1, 1);
    if (last < 0) last = villageAt(ctx, p + 1);
    // "We're out at County Road 42, Hindsville": a numbered road and the town it is near.
    if (last < 0 && prep === 'at' && numberedRoad(ctx, p + 1) > p) { const road = townNear(ctx, numberedRoad(ctx, p + 1)); ctx.claim(p + 1, road, 'ADDRESS'); p = road; continue; }
    // "out on Cliff Island": an island's name with the word itself.
    if (last < 0 && ctx.low(p + 2) === 'island' && ctx.freeRange(p + 1, p + 2) && !ctx.breakAfter(p + 1) && (!ctx.written || (toks[p + 1]!.cap && toks[p + 2]!.cap))) last = p + 2;
    // On an island, the clause ends after its name: "on Peaks.", not "on Main Street".
    if (prep === 'on' && last >= 0 && ctx.low(last) !== 'island' && !(ctx.breakAfter(last) || toks[last]!.commaAfter || last === toks.length - 1 || ctx.low(last + 1) === 'island'
      || CLAUSE_GOES_ON.has(ctx.low(last + 1)))) last = -1;
    if (last < 0) continue;
    last = extendStateZip(ctx, last);
    ctx.claim(p + 1, last, 'ADDRESS');
    p = last;
  }
}

/** Words before "at the" that say someone is staying there: "I'm at the Excalibur", "we're staying at the ...". */
const STAYING_AT = new Set([...SOMEONE_IS, 'staying', 'stay', 'stays', 'stayed', 'am', 'are', 'living', 'lives', 'live']);

/**
 * A hotel, motel or extended stay someone is staying in, with the room: "I'm at the Excalibur, room 14112", "staying at
 * the California Hotel downtown, room 1218", "staying at the Sunset Palms Extended Stay on Boulder Highway, room 118".
 * The room number is what makes it where someone sleeps, not a business visited.
 */
function lodgingRooms(ctx: Ctx): void {
  if (!ctx.hasAny(ROOM_WORDS)) return;
  const { toks } = ctx;
  for (let p = 1; p < toks.length - 3; p++) {
    // "she's in assisted living at Desert Springs Senior Living, room 14": a care home named after "living at" needs no "the".
    const careAt = ctx.low(p - 1) === 'living' && ctx.low(p - 2) === 'assisted';
    if (ctx.low(p) !== 'at' || (ctx.low(p + 1) !== 'the' && !careAt) || !(STAYING_AT.has(ctx.low(p - 1)) || careAt) || ctx.breakAfter(p - 1) || ctx.breakAfter(p)
      || !ctx.free(p)) continue;
    const first = ctx.low(p + 1) === 'the' ? p + 2 : p + 1;
    let q = first;
    let room = -1;
    while (q < p + 10 && q < toks.length && ctx.free(q)) {
      const w = ctx.low(q).replace(/\.$/, '');
      if ((w === 'room' || w === 'rm') && q > first) {
        const id = unitIdEnd(ctx, q + 1, 5);
        if (id > q) room = careAt ? townNear(ctx, id) : id;
        break;
      }
      // "... on Boulder Highway, room 118" found already as a street and its room: the motel's name joins it.
      const found = w === 'on' && q > first && !ctx.breakAfter(q) ? ctx.entities.find((x) => x.type === 'ADDRESS' && x.from === q + 1) : undefined;
      if (found && ['room', 'rm'].includes(ctx.low(found.to - 1).replace(/\.$/, ''))) {
        for (let k = first; k <= q; k++) ctx.owner[k] = 'ADDRESS';
        found.from = first;
        break;
      }
      // "... on Boulder Highway": the road the motel is on.
      if (w === 'on' && q > first && !ctx.breakAfter(q)) {
        const road = Math.max(streetWithoutNumber(ctx, q + 1), numberedRoad(ctx, q + 1));
        if (road > q) { q = road + 1; continue; }
      }
      const t = toks[q]!;
      const nameWord = ctx.written ? t.cap || w === 'downtown' : !FUNCTION_WORDS.has(w) && !isNumTok(t);
      if (!nameWord || isNumTok(t) || ctx.breakAfter(q)) break;
      q++;
    }
    if (room < 0) continue;
    ctx.claim(first, room, 'ADDRESS');
    p = room;
  }
}

/** Hutterite colonies and ranches named as homes: "Big Coulee Colony", "the Bar Seven Ranch". */
const COMMUNITY_TAILS = new Set(['colony', 'ranch']);

/**
 * "calling from Big Coulee Colony", "my sister at Willow Creek Colony", "we're out at the Bar Seven Ranch on Shane Ridge
 * Road, Lavina": a colony or a ranch after "from", "at" or "on" is where its people live; a road and a town may follow.
 */
function coloniesAndRanches(ctx: Ctx): void {
  if (!ctx.hasAny(COMMUNITY_TAILS)) return;
  const { toks } = ctx;
  for (let t = 2; t < toks.length; t++) {
    if (!COMMUNITY_TAILS.has(toks[t]!.base) || !ctx.free(t) || (ctx.written && !toks[t]!.cap)) continue;
    let a = t;
    while (a - 1 >= 0 && t - a < 3 && ctx.free(a - 1) && !ctx.breakAfter(a - 1) && !toks[a - 1]!.commaAfter
      && (!FUNCTION_WORDS.has(ctx.low(a - 1)) || NUMBER_NAME_WORDS.has(ctx.low(a - 1))) && ctx.low(a - 1) !== 'the'
      && (ctx.written ? toks[a - 1]!.cap : !isNumTok(toks[a - 1]) || NUMBER_NAME_WORDS.has(ctx.low(a - 1)))) a--;
    let lead = ctx.low(a - 1) === 'the' ? a - 2 : a - 1;
    // "hello it's paul hofer willow creek colony": a colony said right after a name, with no preposition, is two words.
    if (a < t && toks[t]!.base === 'colony' && !['from', 'at', 'on', 'in'].includes(ctx.low(lead)) && t - a >= 2) {
      a = t - 2;
      lead = a - 1;
      if (!(ctx.written ? toks[a - 1]?.commaAfter === true : true)) continue;
    } else if (a === t || !['from', 'at', 'on', 'in'].includes(ctx.low(lead)) || ctx.breakAfter(lead)) continue;
    // A ranch is a home only where someone is or lives; a colony always is.
    if (toks[t]!.base === 'ranch' && !(SOMEONE_IS.has(ctx.low(lead - 1)) || RESIDE_VERBS.has(toks[lead - 1]?.base ?? '') || PLACE_ADVERBS.has(ctx.low(lead - 1)) || ctx.low(lead - 1) === 'from')) continue;
    let last = t;
    if (!ctx.breakAfter(t) && ctx.low(t + 1) === 'on') {
      const road = Math.max(streetWithoutNumber(ctx, t + 2), numberedRoad(ctx, t + 2));
      if (road > t) last = road;
    }
    last = townNear(ctx, last);
    ctx.claim(a, last, 'ADDRESS');
    t = last;
  }
}
/** Number words that name ranches and brands: "the Bar Seven Ranch", "Four Mile Colony". */
const NUMBER_NAME_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'forty']);

/** Words that open a Puerto Rican address: "Urbanización Villa Carolina", "Urb. Santa Juanita", "Barrio ...", "Residencial ...". */
const URBANIZACION_WORDS = new Set(['urbanizacion', 'urb', 'urb.', 'barrio', 'bo', 'residencial', 'res', 'condominio', 'parcelas', 'reparto', 'sector']);
const SPOKEN_URBANIZACION_WORDS = new Set(['urbanizacion', 'barrio', 'residencial', 'reparto', 'parcelas', 'condominio']);
/** Parts of a Puerto Rican address after its urbanización: "Calle 503", "Bloque 211", "número 4". */
const URB_PARTS = new Set(['calle', 'c', 'bloque', 'blq', 'numero', 'num', 'no', 'apto', 'apartamento', 'edificio', 'casa', 'km', 'carretera', 'carr']);

/**
 * "Urbanización Santa Juanita, Calle Ámbar DF-12, Bayamón", "Urbanización Villa Carolina, Calle 503, Bloque 211
 * número 4, Carolina, 00985": a Puerto Rican address, named by its urbanización, then its calle, bloque and number, its
 * town and ZIP, each part after a comma or straight on.
 */
function urbanizaciones(ctx: Ctx): void {
  if (!ctx.hasAny(URBANIZACION_WORDS)) return;
  const { toks } = ctx;
  for (let i = 0; i < toks.length - 1; i++) {
    if (!URBANIZACION_WORDS.has(ctx.low(i)) || !ctx.free(i) || ctx.breakAfter(i) || (ctx.written && !toks[i]!.cap)) continue;
    // Spoken, only the full words: "res", "bo" and "sector" are everyday words and brand syllables ("res med").
    if (!ctx.written && !SPOKEN_URBANIZACION_WORDS.has(ctx.low(i))) continue;
    // The urbanización's name: one to three words.
    let last = i;
    for (let q = i + 1; q <= i + 3 && q < toks.length && ctx.free(q); q++) {
      const w = toks[q]!;
      if (isNumTok(w) || /\d/.test(w.core) || (ctx.written ? !w.cap : FUNCTION_WORDS.has(w.low) && !SPANISH_PARTICLES.has(w.low)) || (q > i + 1 && URB_PARTS.has(w.low))) break;
      last = q;
      if (ctx.breakAfter(q) || w.commaAfter) break;
    }
    if (last === i) continue;
    // Then parts: "Calle Ámbar DF-12", "Bloque 211 número 4", the town, the ZIP.
    for (let guard = 0; guard < 6 && !ctx.breakAfter(last); guard++) {
      const k = last + 1;
      if (!ctx.free(k)) break;
      const w = ctx.low(k).replace(/\.$/, '');
      if (URB_PARTS.has(w)) {
        let q = k + 1;
        let end = -1;
        while (q < k + 5 && q < toks.length && ctx.free(q)) {
          const t = toks[q]!;
          if (/\d/.test(t.core) || isNumTok(t)) { const run = /\d/.test(t.core) ? { end: q + 1 } : numberRun(ctx, q, 6); end = run.end - 1; q = run.end; }
          else if (ctx.written ? t.cap && !URB_PARTS.has(t.low) : !FUNCTION_WORDS.has(t.low) && !URB_PARTS.has(t.low)) { end = q; q++; }
          else break;
          if (ctx.breakAfter(end) || toks[end]!.commaAfter) break;
        }
        if (end < 0) break;
        last = end;
        continue;
      }
      const z = isZipTok(ctx, k);
      if (z) { last = k + z - 1; break; }
      // The town: capitalised words (or, spoken, a place the data knows) after a comma.
      let town = ctx.written ? (toks[last]!.commaAfter ? townAt(ctx, k) : -1) : placeAt(ctx, k, 1, 3);
      // "Bo. Saltillo, Adjuntas.": after a barrio or urbanización, capitalised words that end the sentence are its town.
      if (town < k && ctx.written && toks[last]!.commaAfter) town = capitalisedTownEnding(ctx, k);
      if (town >= k) { last = town; continue; }
      break;
    }
    if (last <= i + 1 && !URB_PARTS.has(ctx.low(last))) { /* a name alone still names a neighbourhood: keep it */ }
    ctx.claim(i, last, 'ADDRESS');
    i = last;
  }
}

/** Written: one or two capitalised words from k that end a sentence or a comma'd part ("..., Adjuntas."); last index or -1. */
function capitalisedTownEnding(ctx: Ctx, k: number): number {
  for (const n of [1, 2]) {
    const last = k + n - 1;
    const ws = ctx.toks.slice(k, last + 1);
    if (ws.length === n && ctx.freeRange(k, last) && ws.every((w, q) => w.cap && /^[A-Z][a-z'-]+$/.test(w.core) && !FUNCTION_WORDS.has(w.low)
      && (q === n - 1 || (!ctx.breakAfter(k + q) && !w.commaAfter))) && (ctx.breakAfter(last) || ctx.toks[last]!.commaAfter || last === ctx.toks.length - 1)) return last;
  }
  return -1;
}

/** Words a few words before a carretera that say someone lives there. */
const SPANISH_HOME_CUES = new Set(['vive', 'vivo', 'vivimos', 'viven', 'casa', 'direccion', 'estoy', 'lives', 'live', 'living', 'house', 'home']);

/** A house number written after a Spanish street: "1860", "DD-14", "2R-7", "Y-22", "#312". */
const SPANISH_HOUSE_NUMBER = /^(#?\d{1,5}[A-Z]?|[A-Z]{1,2}-?\d{1,3}|\d{1,2}[A-Z]-?\d{1,3})$/;

/**
 * "Calle Loíza 1860, Santurce", "Calle Ámbar DD-14, Bayamón", "Calle 9 #312", "Carr. 172 km 8.4, Bo. Cañaboncito": a
 * street named first and numbered after, as in Puerto Rico and Mexico; a carretera with its kilometre. Written only:
 * spoken, the number words after a street's name are as often a count or a phone number.
 */
function spanishStreetsNumberAfter(ctx: Ctx): void {
  if (!ctx.written) return;
  const { toks } = ctx;
  for (let i = 0; i < toks.length - 1; i++) {
    const w = ctx.low(i).replace(/\.$/, '');
    if (!ctx.free(i) || !toks[i]!.cap || ctx.breakAfter(i)) continue;
    let last = -1;
    if (w === 'carr' || w === 'carretera') {
      // "Carr. 172 km 8.4", where someone lives: "el que queda en la Carr. 3" is a lab's.
      const lives = addressCue(ctx, i) || [1, 2, 3, 4, 5, 6].some((n) => i - n >= 0 && SPANISH_HOME_CUES.has(ctx.low(i - n)));
      if (!lives || !/^\d{1,4}$/.test(toks[i + 1]?.core ?? '') || !ctx.free(i + 1)) continue;
      last = i + 1;
      if (ctx.low(i + 2).replace(/\.$/, '') === 'km' && /^\d{1,3}(\.\d)?$/.test(toks[i + 3]?.core ?? '') && ctx.freeRange(i + 2, i + 3) && !ctx.breakAfter(i + 1)) last = i + 3;
    } else if (w === 'calle' || w === 'avenida' || w === 'ave' || w === 'camino') {
      // The name: capitalised words, or a number ("Calle 9"), then the house number.
      let q = i + 1;
      while (q < i + 5 && ctx.free(q) && !ctx.breakAfter(q - 1) && !toks[q - 1]!.commaAfter
        && ((toks[q]!.cap && !SPANISH_HOUSE_NUMBER.test(toks[q]!.core)) || SPANISH_PARTICLES.has(ctx.low(q)) || (q === i + 1 && /^\d{1,3}$/.test(toks[q]!.core)))) q++;
      if (q === i + 1 || !ctx.free(q) || ctx.breakAfter(q - 1) || toks[q - 1]!.commaAfter || !SPANISH_HOUSE_NUMBER.test(toks[q]?.core ?? '')) continue;
      // "Calle Dr. Veve 58": a title inside a street's name is no provider here.
      last = q;
    } else continue;
    // Then what follows after commas: "Bo. Cañaboncito", "Urb. Las Lomas", the town, "PR 00956".
    for (let guard = 0; guard < 4 && toks[last]!.commaAfter && !ctx.breakAfter(last); guard++) {
      const k = last + 1;
      if (!ctx.free(k)) break;
      const kw = ctx.low(k).replace(/\.$/, '');
      if (URBANIZACION_WORDS.has(kw) && toks[k]!.cap) {
        let q = k + 1;
        while (q < k + 4 && ctx.free(q) && (toks[q]!.cap || SPANISH_PARTICLES.has(ctx.low(q))) && !ctx.breakAfter(q - 1) && !toks[q - 1]!.commaAfter) q++;
        if (q === k + 1) break;
        last = q - 1;
        continue;
      }
      let town = townAt(ctx, k);
      if (town < k) town = capitalisedTownEnding(ctx, k);
      if (town < k) break;
      last = extendStateZip(ctx, town);
    }
    ctx.claim(i, last, 'ADDRESS');
    i = last;
  }
}

/**
 * "lives alone at Bella Vida Apartments, 1800 Buenaventura Boulevard", "lives at Sweet Grass Manor, 1120 Central
 * Avenue, Billings", "I'm at the Silver Sage RV Park, space 47, 4321 Boulder Highway": the named place before a street
 * address someone lives or stays at belongs to it.
 */
function namedPlacesBeforeAddresses(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'ADDRESS' || e.from < 2 || ctx.breakAfter(e.from - 1)) continue;
    // Spoken, with no comma: the place's name must end in a word for a complex or a home ("... apartments", "... manor").
    if (ctx.written ? !ctx.toks[e.from - 1]!.commaAfter : !(COMPLEX_TAILS.has(ctx.low(e.from - 1)) || (CARE_HOME_WORDS.has(ctx.low(e.from - 1))
      && !['house', 'place', 'residence'].includes(ctx.low(e.from - 1))))) continue;
    let a = e.from - 1;
    while (a - 1 >= 0 && e.from - a < 5 && ctx.free(a) && !ctx.breakAfter(a - 1) && !ctx.toks[a - 1]!.commaAfter
      && (ctx.written ? ctx.toks[a]!.cap : !FUNCTION_WORDS.has(ctx.low(a))) && !['at', 'the'].includes(ctx.low(a - 1))) a--;
    if (!ctx.free(a) || (ctx.written && !ctx.toks[a]!.cap)) continue;
    const lead = ctx.low(a - 1) === 'the' ? a - 2 : a - 1;
    if (ctx.low(lead) !== 'at' || !(STAYING_AT.has(ctx.low(lead - 1)) || LIVING_ALONE.has(ctx.low(lead - 1)) || UNIT_HOME_CUES.has(ctx.low(lead - 1)))) continue;
    // "my cousin's house": someone's home is said by whose it is, not named.
    if (ctx.toks.slice(a, e.from).some((t) => NOT_HOMES.has(t.base) || ORG_NAMES.has(t.base) || t.possessive || POSSESSIVE_OWNERS.has(t.low))) continue;
    for (let k = a; k < e.from; k++) ctx.owner[k] = 'ADDRESS';
    e.from = a;
  }
}

/**
 * "I live Golden Meadow", "she live Marrero": "in" left out, as callers with other first languages may say it. The town
 * must be one the place data knows and end the clause; spoken, its first word must be no everyday word.
 */
function liveWithoutIn(ctx: Ctx): void {
  const { toks } = ctx;
  for (let v = 1; v < toks.length - 1; v++) {
    const verb = ctx.low(v);
    if ((verb !== 'live' && verb !== 'lives') || !['i', 'we', 'she', 'he', 'they'].includes(ctx.low(v - 1)) || ctx.breakAfter(v) || ctx.breakAfter(v - 1)) continue;
    const k = v + 1;
    if (ctx.written ? !toks[k]!.cap : isEnglishWord(ctx.low(k))) continue;
    const last = placeAt(ctx, k, 1);
    if (last < k || !(ctx.breakAfter(last) || toks[last]!.commaAfter || last === toks.length - 1 || !ctx.written)) continue;
    const end = extendStateZip(ctx, last);
    ctx.claim(k, end, 'ADDRESS');
    v = end;
  }
}

/**
 * A house number of two to five digits starting at i (written digits, or spoken number words read up to the first
 * word that is none, which may be a state's name or a direction): the index just after it, or -1. A number right
 * before i would make i the middle of another number.
 */
function houseNumberEnd(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  if (!ctx.free(i) || (i > 0 && isNumTok(toks[i - 1]) && ctx.free(i - 1))) return -1;
  if (ctx.written) return /^\d{2,5}$/.test(toks[i]!.core) ? i + 1 : -1;
  if (!isNumTok(toks[i])) return -1;
  let s = i + 1;
  while (s < i + 6 && s < toks.length && isNumTok(toks[s]) && ctx.free(s) && !ctx.breakAfter(s - 1)) s++;
  if (ctx.breakAfter(s - 1)) return -1;
  return /^\d{2,5}$/.test(numberRun(ctx, i, s - i).digits) ? s : -1;
}

/**
 * "15212 West Main, Cut Off", spoken "two oh seven west main fredericksburg": a house number, a compass direction and
 * one street word with no suffix, then a town (written after a comma; spoken, one the place data knows).
 */
function directionalMainStreets(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length - 3; i++) {
    const d = houseNumberEnd(ctx, i);
    if (d < 0) continue;
    const dir = ctx.low(d).replace(/\.$/, '');
    if (!DIRECTIONS.has(dir)) continue;
    // "staying at the shelter at 4541 N. Winthrop", "she's at fifty four forty five north sheridan apartment 2107": after
    // a cue, a grid city's street is its direction and name, with no suffix and no town.
    const cued = addressCue(ctx, i) || (ctx.low(i - 1) === 'at' && (SOMEONE_IS.has(ctx.low(i - 2)) || STAYING_AT.has(ctx.low(i - 2))));
    if ( (dir.length < 4 && !(cued && ctx.written && toks[d]!.cap)) || !ctx.free(d) || ctx.breakAfter(d - 1) || (ctx.breakAfter(d) && ctx.text[toks[d]!.ce] !== '.')) continue;
    const w = d + 1;
    const word = toks[w];
    if (!word || !ctx.free(w) || isNumTok(word) || isEnglishFunction(word.low) || (ctx.written && !word.cap) || ctx.breakAfter(w) && !ctx.written) continue;
    let last = -1;
    if (cued && (!ctx.written || !STREET_SUFFIXES.has(ctx.low(w + 1)))) {
      const units = ctx.breakAfter(w) ? -1 : unitChainEnd(ctx, w + 1, false);
      if (units > w) last = units;
      else if (ctx.written && (ctx.breakAfter(w) || word.commaAfter || w === toks.length - 1)) last = w;
    }
    if (last >= 0) { /* the street and its units, found above */ } else if (ctx.written) {
      if (!word.commaAfter) continue;
      const town = townAt(ctx, w + 1);
      if (town > w) last = extendStateZip(ctx, town);
    } else {
      const town = placeAt(ctx, w + 1, 1, 3);
      if (town > w) last = extendZip(ctx, town);
    }
    if (last < 0) continue;
    ctx.claim(i, last, 'ADDRESS');
    i = last;
  }
}

/**
 * A house number on a state route named by its state: "6450 KY 80, Hindman", spoken "forty four seventy five kentucky
 * ten eighty seven chavies". The town after it is required: without it, "5 Texas 100s" would read as a home.
 */
function stateRouteStreets(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length - 3; i++) {
    const s = houseNumberEnd(ctx, i);
    if (s < 0 || toks[s - 1]!.commaAfter) continue;
    // "4510 North FM 88, Weslaco", "2715 Mile 3 Road, Mission": a numbered road, after a direction or not.
    const d = DIRECTIONS.has(ctx.low(s)) && ctx.low(s).length > 2 && !ctx.breakAfter(s) ? s + 1 : s;
    let roadEnd = numberedRoad(ctx, d);
    if (roadEnd < 0) {
      const st = stateLen(ctx, s);
      if (!st || ctx.breakAfter(s + st - 1)) continue;
      const road = numberRun(ctx, s + st, 4);
      if (road.end <= s + st || !/^\d{1,4}$/.test(road.digits)) continue;
      roadEnd = road.end - 1;
    }
    const last = townNear(ctx, roadEnd);
    if (last <= roadEnd) continue;
    ctx.claim(i, extendZip(ctx, last), 'ADDRESS');
    i = last;
  }
}

/** Words that go on after a town ends a home's address: "lot 147, Pharr till then", "..., Pharr and we ...". */
const TOWN_THEN = new Set(['till', 'until', 'for', 'and', 'but', 'so']);

/**
 * What follows an address after a comma and belongs to it: a lot or unit ("Storey Lake, lot 318"), a town the place
 * data knows ("Solivita, Poinciana", "..., Sun City Aliante, North Las Vegas 89084"), or "in" and a town. Spoken, with
 * no commas, only a known town or a unit right after.
 */
function addressTails(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'ADDRESS') continue;
    for (let guard = 0; guard < 3; guard++) {
      const end = e.to;
      if (ctx.breakAfter(end) || (ctx.written && !ctx.toks[end]!.commaAfter && !['in', 'near', 'outside'].includes(ctx.low(end + 1)) && !STREET_SUFFIXES.has(ctx.low(end + 1)))) break;
      let last = -1;
      const k = end + 1;
      const units = unitChainEnd(ctx, k, false);
      // "5227 Holmes Street, rear", "147 Persia Avenue, the downstairs unit", "castle street rear unit": which flat.
      const the = ctx.low(k) === 'the' ? 1 : 0;
      // Spoken, with no commas to set it off, only words that can be nothing else ("right" may start the next clause).
      const side = (ctx.written && FLOOR_SIDES.has(ctx.low(k + the))) || ['rear', 'upstairs', 'downstairs', 'basement', 'attic'].includes(ctx.low(k + the));
      const sideEnd = side ? (['unit', 'apartment', 'apt', 'flat', 'house'].includes(ctx.low(k + the + 1)) && !ctx.breakAfter(k + the) ? k + the + 1 : k + the) : -1;
      if (side && (!the || sideEnd > k + the) && ctx.toks.slice(e.from, end + 1).some((t) => /\d/.test(t.core) || isNumTok(t))
        && (ctx.breakAfter(sideEnd) || ctx.toks[sideEnd]!.commaAfter || !ctx.written || sideEnd === ctx.toks.length - 1)) last = sideEnd;
      else if (STREET_SUFFIXES.has(ctx.low(k)) && STREET_SUFFIXES.has(ctx.low(end)) && !ctx.toks[end]!.commaAfter && (!ctx.written || ctx.toks[k]!.cap)) last = k;
      // "..., number 1340", "county road eighty four number twenty two": the house's number said after its street.
      else if (['number', 'no', 'no.'].includes(ctx.low(k)) && !ctx.breakAfter(k) && houseNumberAfter(ctx, k + 1) > k) last = houseNumberAfter(ctx, k + 1);
      // "..., Joint Base Charleston", "..., Fort Bragg": the base whose housing it is.
      else if (ctx.low(k) === 'joint' && ctx.low(k + 1) === 'base' && (ctx.written ? ctx.toks[k + 2]?.cap : !FUNCTION_WORDS.has(ctx.low(k + 2)) && !isNumTok(ctx.toks[k + 2]))
        && ctx.freeRange(k, k + 2) && !ctx.breakAfter(k + 1)) last = Math.max(k + 2, placeAt(ctx, k + 2, 1));
      // "Building 1642, Unit B, Arthur Drive": the street of base or campus housing, after its units.
      else if (ctx.written && /\d|^[A-Z]$/.test(ctx.toks[end]!.core) && streetWithoutNumber(ctx, k) > k) last = streetWithoutNumber(ctx, k);
      else if (units >= k && ctx.low(k) !== 'building') last = units;
      // "on Road 80 near Dinuba", "road eighty near dinuba": a numbered country road and the town it is near, no comma.
      else if (['near', 'outside'].includes(ctx.low(k)) && ctx.free(k) && !ctx.breakAfter(k) && (!ctx.written || !ctx.toks[end]!.commaAfter)
        && [1, 2, 3].some((n) => ROAD_WORDS.has(ctx.low(end - n)) && end - n >= e.from
          && ctx.toks.slice(end - n + 1, end + 1).every((w) => isNumTok(w) || /^\d{1,4}$/.test(w.core)))
        && placeAt(ctx, k + (ctx.low(k + 1) === 'of' ? 2 : 1), 1) > k) last = extendStateZip(ctx, placeAt(ctx, k + (ctx.low(k + 1) === 'of' ? 2 : 1), 1));
      else if (['near', 'by', 'outside'].includes(ctx.low(k)) && ctx.free(k) && !ctx.breakAfter(k) && ctx.written && ctx.toks[end]!.commaAfter
        && ctx.toks.slice(e.from, end + 1).some((t) => /\d/.test(t.core))) {
        // "2870 600th Street, near Fonda", "4215 Kennedy Avenue, by Newell": the town a rural home is near.
        const near = townNear(ctx, end);
        if (near > end) last = near;
        else if (ctx.low(k) === 'by') { const town = placeAt(ctx, k + 1, 1); if (town > k) last = town; }
      } else if (ctx.low(k) === 'in' && ctx.free(k) && !ctx.breakAfter(k)) {
        const town = ctx.written ? townAt(ctx, k + 1) : placeAt(ctx, k + 1, 1, 3);
        if (town > k) last = extendStateZip(ctx, town);
      } else {
        let town = placeAt(ctx, k, 1, 3);
        // Spoken "... apartment four l flushing my number ...": a known town that is an everyday word, where the clause ends.
        if (town < k && !ctx.written && !NOT_TOWN_AFTER_STREET.has(ctx.low(k))) { const t2 = placeAt(ctx, k, 1, 1); if (t2 >= k && spokenClauseEndsAt(ctx, t2)) town = t2; }
        // "144-20 41st Avenue, 5K, Flushing": a flat's number and letter alone, then the town.
        if (town < k && ctx.written && /^\d{1,4}[A-Z]$/.test(ctx.toks[k]!.core) && ctx.toks[k]!.commaAfter && ctx.free(k) && !ctx.breakAfter(k)) {
          const t3 = placeAt(ctx, k + 1, 1);
          if (t3 > k) town = t3;
        }
        const ends = town >= k && (ctx.breakAfter(town) || ctx.toks[town]!.commaAfter || town === ctx.toks.length - 1 || stateLen(ctx, town + 1) > 0 || isZipTok(ctx, town + 1) > 0
          || TOWN_THEN.has(ctx.low(town + 1)));
        if (town >= k && (ends || !ctx.written) && (!ctx.written || ctx.toks[k]!.cap || /^\d/.test(ctx.toks[k]!.core))) last = extendStateZip(ctx, town);
      }
      if (last < k || !ctx.freeRange(k, last)) break;
      for (let q = k; q <= last; q++) ctx.owner[q] = 'ADDRESS';
      e.to = last;
    }
  }
}

const COLONIA_WORD = new Set(['colonia']);
const ROOM_WORDS = new Set(['room', 'rm', 'rm.']);
/** Units of a park or a colonia: "lot 147", "Lot 14, Block 3", "lote 9, manzana 4", "space 31", "site 112". */
const PARK_UNITS = new Set(['lot', 'lote', 'space', 'site', 'block', 'manzana', 'bloque']);

/**
 * Homes in RV resorts, mobile-home parks and colonias, whose addresses are a lot and the park's or colonia's name in
 * any order, with the town: "Palm Valley Estates, lot 147, Pharr", "lot 312 at Sunset Ridge RV Resort, Weslaco", "Lot
 * 14, Block 3, Colonia Tierra Bella, Elsa", "Colonia Las Palmas, lote 9, manzana 4, off FM 1015, Progreso". Read as a
 * chain of parts after a lot, each after a comma, "at", "in" or "off"; the park's name may come first, after "at",
 * "in" or "from". A lot alone with nothing named is left to the other rules.
 */
function parkLots(ctx: Ctx): void {
  if (!ctx.hasAny(PARK_UNITS) && !ctx.hasAny(COLONIA_WORD)) return;
  const { toks } = ctx;
  const nameGroup = (k: number): number => {
    // One to four capitalised words (written) up to a comma or sentence end; "Colonia", "RV", "O'" inside.
    if (!ctx.written) return -1;
    let q = k;
    while (q < k + 4 && q < toks.length && ctx.free(q) && (toks[q]!.cap || (q > k && SPANISH_PARTICLES.has(ctx.low(q)))) && !isNumTok(toks[q]) && !/\d/.test(toks[q]!.core)
      && !PARK_UNITS.has(ctx.low(q)) && !(FUNCTION_WORDS.has(ctx.low(q)) && q === k)) {
      if (ctx.breakAfter(q) || toks[q]!.commaAfter) return q;
      q++;
    }
    return q > k && (q === toks.length || ctx.breakAfter(q - 1) || toks[q - 1]!.commaAfter) ? q - 1 : -1;
  };
  const unitsAt = (k: number): number => {
    let end = -1;
    for (let u = k; u < toks.length && PARK_UNITS.has(ctx.low(u)) && ctx.free(u) && !ctx.breakAfter(u); ) {
      const id = unitIdEnd(ctx, u + 1, 4);
      if (id < 0) break;
      end = id;
      if (ctx.breakAfter(id)) break;
      u = id + 1;
    }
    return end;
  };
  // Spoken "palm valley estates lot one forty seven pharr", "lot three twelve at sunset ridge r v resort weslaco": with
  // no commas, the park's words run from "at"/"in" to the lot, or from the lot to a town the place data knows.
  const plainWord = (q: number): boolean => ctx.free(q) && !FUNCTION_WORDS.has(ctx.low(q)) && !isNumTok(toks[q]) && !PARK_UNITS.has(ctx.low(q)) && !ctx.breakAfter(q);
  for (let i = 0; !ctx.written && i < toks.length; i++) {
    if (!ctx.free(i) || !['lot', 'space', 'site'].includes(ctx.low(i))) continue;
    const units = unitsAt(i);
    if (units < 0) continue;
    let start = i;
    let a = i;
    while (a - 1 >= 0 && i - a < 4 && plainWord(a - 1)) a--;
    if (a < i && ['at', 'in', 'from'].includes(ctx.low(a - 1)) && !ctx.breakAfter(a - 1) && !toks.slice(a, i).some((t) => ORG_NAMES.has(t.base) || NOT_HOMES.has(t.base))) start = a;
    let end = units;
    let k = units + 1;
    if (['at', 'in'].includes(ctx.low(k)) && ctx.free(k) && !ctx.breakAfter(units)) k++;
    for (let m = 0; m <= 5 && k + m < toks.length; m++) {
      if (m > 0 && !plainWord(k + m - 1)) break;
      const town = placeAt(ctx, k + m, 1, 3);
      if (town >= k + m) { end = extendZip(ctx, town); break; }
    }
    if (ctx.breakAfter(units)) end = units;
    if (start === i && end === units) continue;
    ctx.claim(start, end, 'ADDRESS');
    i = end;
  }
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.free(i) || !(PARK_UNITS.has(ctx.low(i)) || ctx.low(i) === 'colonia')) continue;
    // The park's name before the lot: "Palm Valley Estates, lot 147", after "at", "in", "from".
    let start = i;
    if (i > 1 && toks[i - 1]!.commaAfter && ctx.written) {
      let a = i - 1;
      while (a - 1 >= 0 && i - a < 5 && ctx.free(a - 1) && toks[a - 1]!.cap && !toks[a - 1]!.commaAfter && !ctx.breakAfter(a - 1) && !isNumTok(toks[a - 1])) a--;
      const lead = ctx.low(a - 1);
      if (toks[a]!.cap && ctx.free(a) && ['at', 'in', 'from', 'to'].includes(lead) && !ctx.breakAfter(a - 1)
        && !toks.slice(a, i).some((t) => ORG_NAMES.has(t.base) || NOT_HOMES.has(t.base))) start = a;
    }
    let end = ctx.low(i) === 'colonia' ? nameGroup(i) : unitsAt(i);
    if (end < 0) continue;
    let parts = start < i ? 2 : 1;
    for (let guard = 0; guard < 5 && !ctx.breakAfter(end); guard++) {
      const k = end + 1;
      const joined = toks[end]!.commaAfter;
      let next = -1;
      if (joined && PARK_UNITS.has(ctx.low(k))) next = unitsAt(k);
      else if (ctx.low(k) === 'off' && ctx.free(k) && !ctx.breakAfter(k)) next = Math.max(numberedRoad(ctx, k + 1), streetWithoutNumber(ctx, k + 1));
      else if ((joined || ctx.low(k) === 'at' || ctx.low(k) === 'in') && ctx.free(k)) {
        const g = ctx.low(k) === 'at' || ctx.low(k) === 'in' ? k + 1 : k;
        const town = placeAt(ctx, g, 1);
        next = town >= g && (ctx.breakAfter(town) || toks[town]!.commaAfter || town === toks.length - 1 || stateLen(ctx, town + 1) > 0
          || TOWN_THEN.has(ctx.low(town + 1))) ? extendStateZip(ctx, town) : nameGroup(g);
      }
      if (next < k || !ctx.freeRange(k, next)) break;
      end = next;
      parts++;
    }
    if (parts < 2) continue;
    ctx.claim(start, end, 'ADDRESS');
    i = end;
  }
}

/**
 * "We're down in Bourg, on Highway 24", "I live up in Parks, out on Garland Prairie Road": the road a town's home is
 * on, said after the town, joins it.
 */
function roadsAfterPlaces(ctx: Ctx): void {
  for (const e of ctx.entities) {
    if (e.type !== 'ADDRESS' || ctx.breakAfter(e.to)) continue;
    let k = e.to + 1;
    if (PLACE_ADVERBS.has(ctx.low(k)) && ctx.free(k) && !ctx.breakAfter(k)) k++;
    if (ctx.low(k) !== 'on' || !ctx.free(k) || ctx.breakAfter(k)) continue;
    const road = Math.max(numberedRoad(ctx, k + 1), streetWithoutNumber(ctx, k + 1));
    if (road <= k) continue;
    for (let q = e.to + 1; q <= road; q++) ctx.owner[q] = 'ADDRESS';
    e.to = road;
  }
}

/** Spoken "scranton p a": a state's two letters spelled out at k (2), or 0. */
function spelledStateLen(ctx: Ctx, k: number): number {
  const a = ctx.low(k);
  const b = ctx.low(k + 1);
  return !ctx.written && /^[a-z]$/.test(a) && /^[a-z]$/.test(b) && US_STATES.has(a + b) && ctx.freeRange(k, k + 1) && !ctx.breakAfter(k) ? 2 : 0;
}

/** Last token of a place name starting at k (with its state, if said), or -1. */
function placeAt(ctx: Ctx, k: number, minSize: number, englishWordSize = 4): number {
  const t = ctx.toks[k];
  // "wintering in The Villages": "the" opens a town's name only when the place data has the whole name.
  if (t && t.low === 'the' && ctx.free(k) && !ctx.breakAfter(k)) {
    for (const n of [3, 2]) {
      const ws = ctx.toks.slice(k, k + n);
      if (ws.length === n && ctx.freeRange(k, k + n - 1) && ws.slice(0, -1).every((w, q) => !ctx.breakAfter(k + q) && !w.commaAfter)
        && (!ctx.written || ws.slice(1).every((w) => w.cap)) && placeClass(ws.map((w) => w.low)) > 0) return k + n - 1;
    }
    return -1;
  }
  if (!t || !ctx.free(k) || FUNCTION_WORDS.has(t.low) || t.possessive || NOT_PLACES.has(t.low) || NOT_TOWNS.has(t.base)) return -1;
  if (MONTHS[t.base] !== undefined || WEEKDAYS.has(t.base)) return -1;
  // A state alone is no town, but "Oklahoma City", "Missouri City" are.
  const state = stateLen(ctx, k) > 0;
  let last = -1;
  for (let n = Math.min(MAX_PLACE_WORDS, ctx.toks.length - k); n >= (state ? 2 : 1) && last < 0; n--) {
    const words: string[] = [];
    let ok = true;
    for (let j = k; j < k + n && ok; j++) {
      const w = ctx.toks[j]!;
      ok = ctx.free(j) && /^[a-z][a-z'.-]*$/.test(w.low) && (j === k + n - 1 || (!ctx.breakAfter(j) && !w.commaAfter))
        && (!ctx.written || w.cap || /^[a-z]'[A-Z]/.test(w.core) || (j > k && TOWN_PARTICLES.has(w.low))) && (j === k + n - 1 || !w.possessive);
      words.push(w.low);
    }
    if (!ok) continue;
    const size = COUNTRIES.has(words.join(' ')) ? 0 : placeClass(words);
    if (!size || size < minSize) continue;
    // A one-word place that is also an everyday word ("reading", "surprise", "delta") names a place only written with a
    // capital or with its state after it.
    // A city of a million or more ("phoenix") counts in speech even so, after the cue that brought us here; right after
    // a street, one of 100,000 ("... wesleyan drive anchorage").
    if (n === 1 && isEnglishWord(words[0]!) && !ctx.written && !(stateLen(ctx, k + 1) > 0 && !ctx.breakAfter(k)) && size < englishWordSize) continue;
    last = k + n - 1;
  }
  // Written "Dewey Beach", "Lewes, DE": names the data lacks, capitalised, ending in a town's word or followed by a state.
  if (last < 0 && ctx.written && t.cap && /^[A-Z][a-z'.-]+$/.test(t.core)) {
    const n = ctx.toks[k + 1];
    if (n && n.cap && !ctx.breakAfter(k) && !t.commaAfter && TOWN_ENDINGS.has(n.base) && ctx.free(k + 1)) last = k + 1;
    else if (!ctx.breakAfter(k) && t.commaAfter && stateLen(ctx, k + 1) > 0) last = k;
  }
  if (last < 0) return -1;
  // "dewey beach", "Fenwick Island": a town's last word after a name the data has only in part.
  const end = ctx.toks[last + 1];
  if (end && !ctx.breakAfter(last) && !ctx.toks[last]!.commaAfter && ctx.free(last + 1) && PLACE_TAILS.has(end.base) && (!ctx.written || end.cap)) last++;
  // "in Mercy General", "from Sweetwater Senior Center", "Lakeshore Injury Law": a firm or a school, not a town;
  // written, any capitalised word going on after the name.
  for (let j = last + 1; j <= last + 3 && j < ctx.toks.length && !ctx.breakAfter(j - 1); j++) {
    const w = ctx.toks[j]!;
    // Spoken "from hamburg the sleep company needs ...": "the" or the caller's "i" opens what comes next.
    if (!ctx.written && (w.low === 'the' || SPOKEN_CLAUSE_STARTS.has(w.low))) break;
    if (ORG_WORDS.has(w.base) || ORG_TAILS.has(w.base) || (j === last + 1 && STREET_SUFFIXES.has(w.base))) return -1;
    if (ctx.written && j === last + 1 && w.cap && !ctx.toks[last]!.commaAfter && stateLen(ctx, j) === 0) return -1;
  }
  if (ctx.toks[last]!.possessive) return -1;
  // "Rapid City, South Dakota", "edison new jersey": the state said after the town.
  if (!ctx.breakAfter(last)) {
    const st = stateLen(ctx, last + 1);
    last += st || spelledStateLen(ctx, last + 1);
  }
  return last;
}

/** Words after "live in", "out in" that are no place: "i'm out in the cold", "we live in fear". */
const NOT_PLACES = new Set(['pain', 'trouble', 'bed', 'traffic', 'town', 'line', 'charge', 'time', 'touch', 'love', 'luck', 'shock', 'labor',
  'fear', 'peace', 'debt', 'limbo', 'hiding', 'public', 'person', 'private', 'general', 'particular', 'case', 'fact', 'order', 'total',
  'rehab', 'recovery', 'hospice', 'treatment', 'surgery', 'therapy', 'isolation', 'quarantine', 'agony', 'tears', 'denial', 'danger',
  'cold', 'heat', 'rain', 'snow', 'country', 'city', 'area', 'yard', 'garden', 'car', 'truck', 'kitchen', 'bathroom', 'basement', 'back', 'front',
  'since', 'until', 'till', 'now', 'today', 'tomorrow', 'yesterday', 'tonight', 'ago', 'already', 'anymore', 'lately']);

/**
 * Spoken, right after an outright residence cue ("i live out in eagle river", "i'm down in hazard"): one or two
 * words that are no small words and name no thing or state, where the clause ends after them.
 */
/** Spoken: a free word that can be part of a place name (letters, no small word, no number word). */
function spokenPlaceWord(ctx: Ctx, j: number): boolean {
  const w = ctx.low(j);
  return ctx.free(j) && /^[a-z][a-z'-]+$/.test(w) && !FUNCTION_WORDS.has(w) && !isNumTok(ctx.toks[j]);
}

function looseSpokenTown(ctx: Ctx, k: number): number {
  const placeWord = (j: number): boolean => spokenPlaceWord(ctx, j) && !NOT_PLACES.has(ctx.low(j)) && !ORG_WORDS.has(ctx.toks[j]!.base)
    && !UNIT_WORDS.has(ctx.low(j)) && !/(ing|ly)$/.test(ctx.low(j));
  const ends = (j: number): boolean => {
    const n = ctx.toks[j + 1];
    return !n || ctx.breakAfter(j) || FUNCTION_WORDS.has(n.low) || isNumTok(n) || stateLen(ctx, j + 1) > 0 || CLAUSE_GOES_ON.has(n.low);
  };
  if (!placeWord(k)) return -1;
  if (placeWord(k + 1) && !ctx.breakAfter(k) && ends(k + 1)) return k + 1;
  return ends(k) ? k : -1;
}

/** Last index of a town name starting at token k (with a state after it, if said), or -1. */
function townAt(ctx: Ctx, k: number, looseSpoken = false): number {
  const t = ctx.toks[k];
  // "lives by himself": how someone lives, not where.
  if (!t || !ctx.free(k) || NOT_TOWNS.has(t.base) || t.possessive || LIVING_ALONE.has(t.low)) return -1;
  // "Sun City West" is a town; "Sunday", "May" alone are not.
  const nextCap = ctx.written && !ctx.breakAfter(k) && !t.commaAfter && ctx.toks[k + 1]?.cap === true;
  if ((MONTHS[t.base] !== undefined || WEEKDAYS.has(t.base)) && !nextCap) return -1;
  let last = -1;
  if (ctx.written) {
    for (let j = k; j < k + 4 && j < ctx.toks.length; j++) {
      const w = ctx.toks[j]!;
      // "Two Harbors", "Five Points": a number word starts a town when another capitalised word follows.
      const numberFirst = j === k && isNumTok(w) && ctx.toks[j + 1]?.cap === true && !ctx.breakAfter(j);
      // "Fond du Lac", "Isle of Palms": a small word inside a town's name, between capitalised words.
      const particle = j > k && TOWN_PARTICLES.has(w.low) && ctx.toks[j + 1]?.cap === true && !ctx.breakAfter(j) && ctx.free(j);
      if (particle) continue;
      // "DuPont", "McAllen", "LaGrange": a capital inside a town's name too.
      if (!ctx.free(j) || !/^[A-Z](?:[a-z]{1,9}[A-Z])?[a-z'.]+(?:-[A-Z]?[a-z'.]+)*$/.test(w.core) || (FUNCTION_WORDS.has(w.low) && !numberFirst) || w.possessive) break;
      last = j;
      if (ctx.breakAfter(j) || w.commaAfter) break;
    }
    if (last < 0) return -1;
  } else {
    // Reuse the grammar for a town after a street's "in": a state, words up to a state, or a word no dictionary has.
    last = extendInCity(ctx, k - 2 >= 0 && ctx.low(k - 1) === 'in' ? k - 2 : -1, k);
    // "she lives in long neck": a town the place data knows, even when its words are everyday ones.
    const known = placeAt(ctx, k, 1);
    if (known > last) last = known;
    if (looseSpoken && last <= k) {
      // "breaux bridge": a word no dictionary has, then an everyday word that ends the name.
      const loose = looseSpokenTown(ctx, k);
      if (loose > last) last = loose;
    }
    if (last < k) return -1;
  }
  // "in Mercy General", "out in lakeside clinic": a facility, not a town; but "Federal Way", "Oklahoma City" are
  // towns the place data knows, whatever their last word.
  const known = placeAt(ctx, k, 1);
  if (known >= last) return known;
  for (let j = k; j <= last + 1 && j < ctx.toks.length; j++) {
    if (j === last + 1 && (ctx.breakAfter(last) || ctx.toks[last]!.commaAfter)) break;
    const b = ctx.toks[j]!.base;
    if (j === last && TOWN_ENDINGS.has(b)) continue;
    if (j === k && (b === 'st' || b === 'mt')) continue;
    if (ORG_WORDS.has(b) || STREET_SUFFIXES.has(b)) return -1;
  }
  // "she lives in Texas": a state alone is coarser than Safe Harbor masks.
  const st0 = stateLen(ctx, k);
  if (st0 && k + st0 - 1 >= last) return -1;
  if (ctx.written && !ctx.breakAfter(last)) {
    const st = stateLen(ctx, last + 1);
    if (st) last += st;
  }
  return last;
}

/**
 * Token end+1 is a compass direction ending the street name: a capitalised word or an upper-case abbreviation in
 * written text ("North", "NE", "S."), a whole word in speech, where a lone letter is too often something else.
 * "north of the park" gives a direction, not a name.
 */
function directionAfterSuffix(ctx: Ctx, end: number): boolean {
  const k = end + 1;
  const t = ctx.toks[k];
  if (!t || !ctx.free(k) || ctx.breakAfter(end) || ctx.toks[end]!.commaAfter || !DIRECTIONS.has(t.low)) return false;
  if (ctx.written ? !(t.cap && (t.low.length > 2 ? t.core[1] === t.core[1]!.toLowerCase() : t.core === t.core.toUpperCase())) : t.low.length <= 2) return false;
  if (!ctx.breakAfter(k) && !t.commaAfter && DIRECTION_PHRASES.has(ctx.low(k + 1))) return false;
  return true;
}
/** Words after "north" that make it a direction in a phrase ("north of", "north side", "north on"). */
const DIRECTION_PHRASES = new Set(['of', 'side', 'on', 'from', 'to', 'toward', 'towards', 'end', 'bound', 'and', 'or']);

const LIVE_WORDS = new Set(['live', 'lives', 'living', 'lived', 'stay', 'stays', 'staying', 'located', 'house', 'home', 'address']);
const ADDRESS_CUE_WORDS = new Set(['address', 'live', 'lives', 'living', 'mail', 'send', 'ship', 'located', 'stay', 'stays', 'staying', 'moved']);

/** An address cue in the few words before token i ("his address is", "I live at", "mail it to"). */
function addressCue(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (ctx.breakAfter(j)) return false;
    if (ADDRESS_CUE_WORDS.has(ctx.toks[j]!.base)) return true;
  }
  return false;
}

/** "Elm Street", "maple grove road": one or two name words and a strong street suffix; returns the last index or -1. */
function streetWithoutNumber(ctx: Ctx, k: number): number {
  for (let n = 1; n <= 2; n++) {
    const s = ctx.toks[k + n];
    if (!s || !ctx.free(k + n)) return -1;
    const low = s.low.replace(/\.$/, '');
    if (STREET_SUFFIXES.has(low) && !WEAK_STREET_SUFFIXES.has(low) && (s.cap || !ctx.written) && low !== 'close' && low !== 'park') {
      for (let j = k; j < k + n; j++) if (!streetWordOk(ctx, j) || ctx.breakAfter(j) || ctx.toks[j]!.commaAfter || isEnglishFunction(ctx.low(j))) return -1;
      return k + n;
    }
  }
  return -1;
}

function isEnglishFunction(w: string): boolean {
  return FUNCTION_WORDS.has(w) || w === 'the' || w === 'a' || w === 'my' || w === 'this' || w === 'that';
}

/** Words after a street that say when, not where: "moved to twelve elm street today and ...". */
const NOT_TOWN_AFTER_STREET = new Set(['today', 'tomorrow', 'yesterday', 'tonight', 'now', 'anymore', 'instead', 'already', 'again', 'too',
  'also', 'still', 'though', 'since', 'until', 'there', 'here', 'address', 'house', 'home', 'please', 'thanks', 'okay', 'ok', 'right', 'yeah', 'yes',
  'same', 'new', 'old', 'phone', "phone's", 'cell', 'number', 'zip', 'email', 'date', 'name', 'best', 'call', 'text']);

/**
 * Spoken "lives at one eighteen sycamore street marked tree and his feet ...", "elm street sun prairie her nurse ...":
 * right after a whole street address, one or two place words where the clause ends are the town, even everyday words.
 */
function townAfterStreet(ctx: Ctx, end: number): number {
  if (ctx.breakAfter(end) || NOT_TOWN_AFTER_STREET.has(ctx.low(end + 1))) return end;
  // "... wesleyan drive anchorage until he's cleared": a town the place data knows, whatever follows it.
  const knownFirst = placeAt(ctx, end + 1, 1, 3);
  if (knownFirst > end && !(DIRECTIONS.has(ctx.low(end + 1)) && DIRECTION_PHRASES.has(ctx.low(end + 2)))) return extendZip(ctx, knownFirst);
  if (NOT_TOWN_AFTER_STREET.has(ctx.low(end + 2))) return end;
  // "nine oak street north of the river": a direction, not a town.
  if (DIRECTIONS.has(ctx.low(end + 1)) && DIRECTION_PHRASES.has(ctx.low(end + 2))) return end;
  // "gable lane grove city and ...": a town the place data knows, however many words.
  const known = placeAt(ctx, end + 1, 1);
  if (known > end) return extendZip(ctx, known);
  // "... barclay avenue flushing my number is": a known town that is also an everyday word, where the clause ends.
  const everyday = placeAt(ctx, end + 1, 1, 1);
  if (everyday > end && spokenClauseEndsAt(ctx, everyday)) return extendZip(ctx, everyday);
  const last = looseSpokenTown(ctx, end + 1);
  // "apartment four b same phone eight oh eight ...": words about the next statement are no town.
  if (last <= end || NOT_TOWN_AFTER_STREET.has(ctx.low(last))) return end;
  return extendZip(ctx, last);
}

/** Spoken: the clause ends after token q (the text ends, or the caller's next clause or statement begins). */
function spokenClauseEndsAt(ctx: Ctx, q: number): boolean {
  return q === ctx.toks.length - 1 || ctx.breakAfter(q) || SPOKEN_CLAUSE_STARTS.has(ctx.low(q + 1)) || NOT_TOWN_AFTER_STREET.has(ctx.low(q + 1));
}

/** After a P.O. box or a rural route's box: a city, state and ZIP, or in speech a town said on its own ("box nine shady grove"). */
function placeAfterBox(ctx: Ctx, end: number): number {
  const withCity = extendCityStateZip(ctx, end);
  return withCity > end || ctx.written ? withCity : townAfterStreet(ctx, end);
}

/** Spoken "orchard hill lane number three keene ...": "number" and a short number after a street are its unit. */
function spokenUnitNumber(ctx: Ctx, k: number): boolean {
  if (ctx.written || ctx.breakAfter(k)) return false;
  const run = numberRun(ctx, k + 1, 4);
  return run.end > k + 1 && run.digits.length >= 1 && run.digits.length <= 4 && /^\d+$/.test(run.digits) && !isNumTok(ctx.toks[run.end]);
}

/** Spoken "... apartment twelve burbank": a place name right after the street that is no everyday word. */
function spokenCityAfter(ctx: Ctx, end: number): number {
  const k = end + 1;
  const t = ctx.toks[k];
  if (!t || !ctx.free(k) || !/^[a-z][a-z-]+$/.test(t.low) || FUNCTION_WORDS.has(t.low) || isNumTok(t) || isEnglishWord(t.low)) return end;
  if (UNIT_WORDS.has(t.low) || STREET_SUFFIXES.has(t.low)) return end;
  return extendZip(ctx, k);
}

/** Spoken "... seventh street saint paul": a place prefix and a place word after the street. */
function spokenPrefixedCityAfter(ctx: Ctx, end: number): number {
  const k = end + 1;
  const p = ctx.toks[k];
  const w = ctx.toks[k + 1];
  if (!p || !w || !ctx.free(k) || !ctx.free(k + 1) || !PLACE_PREFIXES.has(p.low) || DIRECTIONS.has(p.low)) return end;
  if (!/^[a-z][a-z-]+$/.test(w.low) || FUNCTION_WORDS.has(w.low) || isNumTok(w) || UNIT_WORDS.has(w.low) || STREET_SUFFIXES.has(w.low)) return end;
  if (isEnglishWord(w.low) && !(p.low === 'saint' || p.low === 'san' || p.low === 'fort')) return end;
  return extendZip(ctx, k + 1);
}

function isZipTok(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k)) return 0;
  if (/^\d{5}(-\d{4})?$/.test(t.core)) return 1;
  // A Canadian postal code, "L6J 1H8": letter, digit, letter, digit, letter, digit.
  if (ctx.written && /^[A-Z]\d[A-Z](?:-?\d[A-Z]\d)?$/.test(t.core)) {
    if (t.core.length > 3) return 1;
    return !ctx.breakAfter(k) && ctx.free(k + 1) && /^\d[A-Z]\d$/.test(ctx.toks[k + 1]?.core ?? '') ? 2 : 0;
  }
  if (isNumTok(t) || ((t.low === 'double' || t.low === 'triple') && isNumTok(ctx.toks[k + 1]))) {
    const run = numberRun(ctx, k, 12);
    if (run.digits.length === 5 || run.digits.length === 9) return run.end - k;
    // Spoken "nine eight three two eight one came back": five digits said one by one, and a sixth that starts the
    // next sentence ("one"). Not seven or ten: that is a phone number.
    if (!ctx.written && run.digits.length === 6 && run.end - k === 6 && run.atoms.every((a) => /^\d$/.test(parseChunks([a]).map((c) => c.digits).join('')))) return 5;
  }
  return ctx.written ? 0 : spokenPostalCode(ctx, k);
}

/** Spoken "l six j one h eight": six tokens, a letter and a digit in turn, a Canadian postal code. */
function spokenPostalCode(ctx: Ctx, k: number): number {
  for (let n = 0; n < 6; n++) {
    const t = ctx.toks[k + n];
    if (!t || !ctx.free(k + n) || (n < 5 && ctx.breakAfter(k + n))) return 0;
    const ok = n % 2 === 0 ? letterOf(t) !== undefined : /^\d$/.test(parseChunks(atomsOf(t)).map((c) => c.digits).join(''));
    if (!ok) return 0;
  }
  return 6;
}

function stateLen(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!t || !ctx.free(k)) return 0;
  const pair = STATE_PAIRS[t.low];
  if (pair && pair.includes(ctx.low(k + 1))) return t.low === 'prince' ? (ctx.low(k + 2) === 'island' ? 3 : 0) : 2;
  const written = ctx.written;
  // Spoken two-letter abbreviations are ordinary words ("oh", "me", "in"); only written "OH" counts. A Canadian
  // province counts like a state: snowbirds give their address up north.
  const region = US_STATES.has(t.low) || CA_PROVINCES.has(t.low) || (ISLANDS.has(t.low) && ctx.toks[k - 1]?.commaAfter === true);
  if (region && (t.low.length > 2 ? !written || t.cap : written && t.core === t.core.toUpperCase())) return 1;
  return 0;
}

/** After a street, takes ", City, ST 12345" in whatever subset is present; returns the new end index. */
function extendCityStateZip(ctx: Ctx, end: number): number {
  if (ctx.breakAfter(end)) return end;
  const written = ctx.written;
  const commaBefore = ctx.toks[end]!.commaAfter;
  const k = end + 1;
  // ZIP right after the street.
  const z0 = isZipTok(ctx, k);
  if (z0) return k + z0 - 1;
  // City words.
  let cityEnd = -1;
  for (let n = 0; n < 3; n++) {
    const t = ctx.toks[k + n];
    if (!t || !ctx.free(k + n)) break;
    // "State Road 1130, Four Oaks": a number word starts a town when a capitalised word follows.
    const numberFirst = written && n === 0 && commaBefore && isNumTok(t) && t.cap && ctx.toks[k + 1]?.cap === true && !ctx.breakAfter(k) && !t.commaAfter;
    if (!numberFirst && (!/^[a-z][a-z'.-]*$/i.test(t.core) || FUNCTION_WORDS.has(t.low) || isNumTok(t))) break;
    if (written && !t.cap) break;
    cityEnd = k + n;
    if (ctx.breakAfter(k + n) || t.commaAfter) break;
  }
  if (cityEnd < 0) {
    const s = stateLen(ctx, k);
    if (s) return extendZip(ctx, k + s - 1);
    return end;
  }
  // Try every split of the city words: [city][state][zip].
  for (let ce = cityEnd; ce >= k; ce--) {
    if (ctx.breakAfter(ce)) { if (ce === cityEnd && written && commaBefore) return ce; continue; }
    const s = stateLen(ctx, ce + 1);
    if (s) return extendZip(ctx, ce + s);
    const z = isZipTok(ctx, ce + 1);
    if (z) return ce + z;
  }
  // Written ", Springfield." with no state or ZIP still names the city.
  if (written && commaBefore && (ctx.breakAfter(cityEnd) || ctx.toks[cityEnd]!.commaAfter)) return cityEnd;
  // "22 Elm Road, Fairview and she ...": the city words end where the clause goes on in lower case.
  const next = ctx.toks[cityEnd + 1];
  if (written && commaBefore && next && !next.cap && (CLAUSE_GOES_ON.has(next.low) || ['until', 'till', 'for', 'since'].includes(next.low))
    && !Array.from({ length: cityEnd - k + 1 }, (_, n) => ctx.toks[k + n]!.base).some((w) => MONTHS[w] !== undefined || WEEKDAYS.has(w) || ORG_WORDS.has(w))) return cityEnd;
  return end;
}

/**
 * "... Orchard Ln. in Springfield": a place after "in". Written text capitalises it; in speech a place is
 * one or two words that are no everyday English word ("in springfield", "in fort collins" is one of each).
 */
function extendInCity(ctx: Ctx, end: number, start?: number): number {
  if (start === undefined && (ctx.breakAfter(end) || ctx.low(end + 1) !== 'in' || !ctx.free(end + 1))) return end;
  let k = start ?? end + 2;
  let last = -1;
  if (ctx.written) {
    while (k < ctx.toks.length && k < end + 5 && ctx.free(k) && ctx.toks[k]!.cap && /^[A-Z][a-z'.-]+$/.test(ctx.toks[k]!.core)) {
      last = k;
      if (ctx.breakAfter(k) || ctx.toks[k]!.commaAfter) break;
      k++;
    }
  } else {
    const placeWord = (j: number): boolean => spokenPlaceWord(ctx, j);
    // A state alone ("in ohio") or a city that is no everyday word, optionally after one place word ("fort", "saint").
    const s = stateLen(ctx, k);
    // "in grand rapids michigan": place words up to a state name belong to the city.
    let toState = -1;
    for (let n = 1; n <= 3 && toState < 0; n++) {
      let words = true;
      for (let q = k; q < k + n; q++) if (!placeWord(q) || ctx.breakAfter(q)) words = false;
      const st = words ? stateLen(ctx, k + n) : 0;
      if (st) toState = k + n + st - 1;
    }
    if (s) last = k + s - 1;
    else if (toState >= 0) last = toState;
    else if (placeWord(k) && placeWord(k + 1) && !isEnglishWord(ctx.low(k + 1)) && PLACE_PREFIXES.has(ctx.low(k)) && !ctx.breakAfter(k)) last = k + 1;
    else if (placeWord(k) && !isEnglishWord(ctx.low(k))) last = k;
    // "traverse city", "dearborn heights": a place word and a town ending.
    else if (placeWord(k) && !ctx.breakAfter(k) && TOWN_ENDINGS.has(ctx.low(k + 1)) && ctx.free(k + 1) && !WEAK_TOWN_FIRST.has(ctx.low(k))) last = k + 1;
    if (last >= 0 && !ctx.breakAfter(last) && TOWN_ENDINGS.has(ctx.low(last + 1)) && ctx.free(last + 1) && stateLen(ctx, k) === 0) last++;
    if (last >= 0 && !ctx.breakAfter(last)) {
      const st = stateLen(ctx, last + 1);
      if (st && last + 1 !== k) last += st;
    }
  }
  return last < 0 ? end : extendZip(ctx, last);
}

/** Words before a town ending that make it a place in town, not a town: "the park", "a lake". */
const WEAK_TOWN_FIRST = new Set(['the', 'a', 'an', 'this', 'that', 'my', 'our', 'big', 'small', 'state', 'national', 'water', 'theme', 'dog']);

/** First words of two-word place names. */
const PLACE_PREFIXES = new Set(['fort', 'saint', 'st', 'san', 'santa', 'los', 'las', 'el', 'port', 'mount', 'mt', 'lake', 'new',
  'north', 'south', 'east', 'west', 'palm', 'grand', 'cedar', 'red', 'little', 'big', 'spring', 'glen', 'green', 'oak', 'bay']);

/** After a town: its state or province and ZIP ("Moncton, New Brunswick", "Bend, Oregon 97701"), or a ZIP alone. */
function extendStateZip(ctx: Ctx, end: number): number {
  if (ctx.breakAfter(end)) return end;
  const st = stateLen(ctx, end + 1);
  return st ? extendZip(ctx, end + st) : extendZip(ctx, end);
}

function extendZip(ctx: Ctx, end: number): number {
  if (ctx.breakAfter(end)) return end;
  const z = isZipTok(ctx, end + 1);
  if (z && houseNumberNotZip(ctx, end + z)) return end;
  return z ? end + z : end;
}

/**
 * "We're in Cut Off, 15212 West Main": five digits with a street after them are a house number, not the town's ZIP.
 * `last` is the number's last token.
 */
function houseNumberNotZip(ctx: Ctx, last: number): boolean {
  if (ctx.breakAfter(last) || ctx.toks[last]!.commaAfter) return false;
  const n = ctx.low(last + 1);
  return (DIRECTIONS.has(n) && n.length > 2) || streetWithoutNumber(ctx, last + 1) > last || numberedRoad(ctx, last + 1) > last;
}

/** Spanish words that open a caller's next clause: "de ranchos de taos tengo noventa y dos". */
const SPANISH_CLAUSE_STARTS = new Set(['tengo', 'soy', 'mi', 'necesito', 'estoy', 'quiero', 'llamo', 'le', 'me', 'yo', 'y', 'pero', 'porque']);

/** Where someone lives or stays, before "outside" a town: "my place outside Sallisaw", "the man camp outside Watford City". */
const OUTSIDE_HOMES = new Set(['place', 'farm', 'ranch', 'camp', 'house', 'home', 'trailer', 'land', 'cabin', 'acreage', 'homestead', 'rv']);

/** A town or pueblo that ends its clause: a place the data knows, or written capitalised words no dictionary or name list has. */
function townEndingClause(ctx: Ctx, k: number): number {
  const ends = (q: number): boolean => ctx.breakAfter(q) || ctx.toks[q]!.commaAfter || q === ctx.toks.length - 1
    || (!ctx.written && (SPOKEN_CLAUSE_STARTS.has(ctx.low(q + 1)) || CLAUSE_GOES_ON.has(ctx.low(q + 1)) || SPANISH_CLAUSE_STARTS.has(ctx.low(q + 1))
      || ["it's", 'its', 'it'].includes(ctx.low(q + 1))));
  const known = placeAt(ctx, k, 1);
  if (known >= k) return ends(known) && !ORG_TAILS.has(ctx.low(known + 1)) ? known : -1;
  if (!ctx.written) return -1;
  // "I live at Ohkay Owingeh.": one or two such words.
  for (const n of [2, 1]) {
    const last = k + n - 1;
    if (last >= ctx.toks.length || !ctx.freeRange(k, last) || !ends(last)) continue;
    const words = ctx.toks.slice(k, last + 1);
    if (words.every((w, q) => w.cap && !w.possessive && /^[A-Z][a-z'-]{2,}$/.test(w.core) && !isEnglishWord(w.low) && !FUNCTION_WORDS.has(w.low)
      && !ORG_WORDS.has(w.base) && !ORG_NAMES.has(w.base) && !clearGiven(w.low) && !clearSurname(w.low) && !MEDICATIONS.has(w.low)
      && (q === n - 1 || !ctx.breakAfter(k + q)) && (q === n - 1 || !w.commaAfter))) return last;
  }
  return -1;
}

/**
 * "my place outside Sallisaw", "the man camp outside Watford City": a home outside a town. "I live at Ohkay Owingeh",
 * "she lives at taos pueblo": a pueblo or village someone lives at. "soy Crucita Lucero, de Ranchos de Taos": a Spanish
 * speaker's name and where she is from.
 */
function townsOutsideAndAt(ctx: Ctx): void {
  const { toks } = ctx;
  for (let p = 1; p < toks.length - 1; p++) {
    const w = ctx.low(p);
    if (!ctx.free(p) || ctx.breakAfter(p) || ctx.breakAfter(p - 1)) continue;
    let k = -1;
    if (w === 'outside') {
      const b = ctx.low(p - 1) === 'just' ? p - 2 : p - 1;
      if (OUTSIDE_HOMES.has(ctx.low(b)) || SOMEONE_IS.has(ctx.low(b)) || RESIDE_VERBS.has(toks[b]?.base ?? '')) k = ctx.low(p + 1) === 'of' ? p + 2 : p + 1;
    } else if (w === 'at' && RESIDE_VERBS.has(toks[p - 1]!.base)) k = p + 1;
    // "de León" may end the name itself ("Aurora Salinas de León"): written, the place is set off by a comma; spoken, it
    // is no surname and takes more than one word.
    else if (w === 'de' && callerNameBefore(ctx, p) && (ctx.written ? toks[p - 1]!.commaAfter : !clearSurname(ctx.low(p + 1)) && placeAt(ctx, p + 1, 1) > p + 1)) k = p + 1;
    // "Our place is section 12, Normanna Township": a farm given by its survey section and township.
    if (w === 'section' && !ctx.breakAfter(p)) {
      const run = numberRun(ctx, p + 1, 3);
      const n = Number(run.digits);
      const tw = [1, 2, 3].map((m) => run.end - 1 + m).find((q) => ctx.low(q) === 'township' && ctx.freeRange(run.end, q)
        && ctx.toks.slice(run.end, q).every((x, m) => !isNumTok(x) && !FUNCTION_WORDS.has(x.low) && (x.cap || !ctx.written) && !ctx.breakAfter(run.end + m)));
      if (run.end > p + 1 && n >= 1 && n <= 36 && /^\d+$/.test(run.digits) && !ctx.breakAfter(run.end - 1) && tw !== undefined) {
        const end = extendStateZip(ctx, tw);
        ctx.claim(p, end, 'ADDRESS');
        p = end;
        continue;
      }
    }
    // "vivo en Ciudad Juárez", "vivimos en Montana Vista": Spanish for living in a town.
    if (w === 'en' && SPANISH_LIVE.has(ctx.low(p - 1))) k = p + 1;
    // "I live in the hamlet of Getzville": a hamlet's, village's or town's name after the word for it.
    if (w === 'of' && ['hamlet', 'village', 'town', 'township'].includes(ctx.low(p - 1)) && ctx.low(p - 2) === 'the' && ctx.low(p - 3) === 'in'
      && (RESIDE_VERBS.has(toks[p - 4]?.base ?? '') || SOMEONE_IS.has(ctx.low(p - 4)) || LIVING_ALONE.has(ctx.low(p - 4)))) k = p + 1;
    // "now we're in the Lower Valley", "I live alone in the Lower Valley": a named part of a region, ending in a town's word.
    if (w === 'in' && ctx.low(p + 1) === 'the' && (SOMEONE_IS.has(ctx.low(p - 1)) || RESIDE_VERBS.has(toks[p - 1]!.base)
      || (LIVING_ALONE.has(ctx.low(p - 1)) && RESIDE_VERBS.has(toks[p - 2]?.base ?? '')))) {
      // At least one name word before the region's word: "i'm in the valley now" names none.
      const end = [3, 4].map((n) => p + n).find((q) => ['valley', 'heights', 'hills'].includes(ctx.low(q)) && ctx.freeRange(p + 2, q)
        && ctx.toks.slice(p + 2, q + 1).every((x, m) => (ctx.written ? x.cap : !FUNCTION_WORDS.has(x.low) && !isNumTok(x)) && (p + 2 + m === q || !ctx.breakAfter(p + 2 + m))));
      if (end !== undefined) { ctx.claim(p + 2, end, 'ADDRESS'); p = end; continue; }
    }
    if (k < 0 || !ctx.freeRange(p + 1, k)) continue;
    const last = townEndingClause(ctx, k);
    if (last < k) continue;
    let end = extendStateZip(ctx, last);
    // "..., town of Amherst": the town the hamlet is in.
    if (toks[end]!.commaAfter && ['town', 'village', 'city'].includes(ctx.low(end + 1)) && ctx.low(end + 2) === 'of' && ctx.freeRange(end + 1, end + 2)) {
      const town = placeAt(ctx, end + 3, 1);
      if (town > end + 2) end = extendStateZip(ctx, town);
    } else if (!ctx.written && ['town', 'village'].includes(ctx.low(end + 1)) && ctx.low(end + 2) === 'of' && ctx.freeRange(end + 1, end + 2)) {
      const town = placeAt(ctx, end + 3, 1);
      if (town > end + 2) end = extendZip(ctx, town);
    }
    ctx.claim(k, end, 'ADDRESS');
    p = end;
  }
}

/** Spanish verbs of living before "en": "vivo en", "vive en", "vivimos en". */
const SPANISH_LIVE = new Set(['vivo', 'vive', 'vivimos', 'viven', 'vives', 'moro', 'mora']);
