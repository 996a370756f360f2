import { isOwnQuestion, type RouteQuestion } from './route';

/**
 * How long a stakeholder's route through the questionnaire takes, from the words and questions
 * they see. One module for the web page (the "minutes left" and the invite's promise) and for the
 * benchmark that checks every role's route against the 12-minute goal (docs/benchmarks.md).
 */
export interface ReadingAssumptions {
  /** Screen reading of plain non-fiction: commonly put at 200–240 words per minute for adults. */
  wordsPerMinute: number;
  /** Weighing the five practices against one's own experience and picking one, on top of reading them. */
  secondsPerRating: number;
  /** Seeing a question is not one's own and tapping "not my area", on top of reading the question. */
  secondsPerHandOn: number;
  /** Picking up to three services at the end, on top of reading them. */
  secondsForServices: number;
  /** Phones take longer (smaller text, scrolling, tapping): the issue gives 20–30 %. */
  phoneFactor: number;
}

export const READING: ReadingAssumptions = {
  wordsPerMinute: 238,
  secondsPerRating: 5,
  secondsPerHandOn: 2,
  secondsForServices: 10,
  phoneFactor: 1.25,
};

export type Device = 'desktop' | 'phone';

export interface RouteSection {
  name: string;
  summary: string;
  questions: readonly RouteQuestion[];
}

export interface RouteInput {
  dimensions: readonly RouteSection[];
  services?: readonly { label: string }[];
}

/** Words as a reader counts them: runs of non-space characters. */
export const wordCount = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** The words of a question a stakeholder reads: all of it when they rate it, the prompt alone when they hand it on. */
const questionWords = (q: RouteQuestion, rated: boolean): number =>
  wordCount(q.text) + (rated ? q.levels.reduce((n, level) => n + wordCount(level), 0) : 0);

/** Seconds for one question on a desktop: its own words read and a rating chosen, or its prompt read and handed on. */
export const questionSeconds = (q: RouteQuestion, rated: boolean, a: ReadingAssumptions = READING): number =>
  (questionWords(q, rated) / a.wordsPerMinute) * 60 + (rated ? a.secondsPerRating : a.secondsPerHandOn);

export interface Route {
  /** Questions the role rates (its own). */
  own: number;
  /** Questions outside its audience, read and handed on. */
  handedOn: number;
  /** Every word on the route: section headings and summaries, questions as read, the closing services. */
  words: number;
  /** Minutes on a desktop and on a phone, unrounded. */
  desktop: number;
  phone: number;
}

/**
 * The route of a stakeholder of `role`: they rate the questions of their audience and hand the
 * others on after reading the prompt. `rateAll` gives the longest route, everything rated.
 */
export const routeFor = (
  input: RouteInput,
  role: string | undefined,
  options: { rateAll?: boolean; assumptions?: ReadingAssumptions } = {},
): Route => {
  const a = options.assumptions ?? READING;
  let own = 0;
  let handedOn = 0;
  let words = 0;
  let seconds = 0;
  for (const d of input.dimensions) {
    const heading = wordCount(d.name) + wordCount(d.summary);
    words += heading;
    seconds += (heading / a.wordsPerMinute) * 60;
    for (const q of d.questions) {
      const rated = options.rateAll === true || isOwnQuestion(q, role);
      if (rated) own++;
      else handedOn++;
      words += questionWords(q, rated);
      seconds += questionSeconds(q, rated, a);
    }
  }
  if (input.services && input.services.length > 0) {
    const serviceWords = input.services.reduce((n, s) => n + wordCount(s.label), 0);
    words += serviceWords;
    seconds += (serviceWords / a.wordsPerMinute) * 60 + a.secondsForServices;
  }
  const desktop = seconds / 60;
  return { own, handedOn, words, desktop, phone: desktop * a.phoneFactor };
};

/**
 * Minutes still ahead on a device: the open questions of the route (own ones rated, the others
 * handed on) and the closing services unless `servicesDone`. Never below one once anything is left.
 */
export const minutesLeft = (
  input: RouteInput,
  role: string | undefined,
  handled: (questionId: string) => boolean,
  device: Device,
  options: { servicesDone?: boolean; assumptions?: ReadingAssumptions } = {},
): number => {
  const a = options.assumptions ?? READING;
  const open: RouteInput = {
    // A section still to visit is read again, heading included; a finished one costs nothing.
    dimensions: input.dimensions.flatMap((d) => {
      const questions = d.questions.filter((q) => !handled(q.id));
      return questions.length > 0 ? [{ ...d, questions }] : [];
    }),
    ...(options.servicesDone ? {} : { services: input.services ?? [] }),
  };
  const route = routeFor(open, role, { assumptions: a });
  const minutes = device === 'phone' ? route.phone : route.desktop;
  return minutes === 0 ? 0 : Math.max(1, Math.round(minutes));
};
