import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/core/types.js';
import { cleanDocument, normaliseCleanOptions } from '../../src/clean/index.js';

const options = normaliseCleanOptions();
const clean = (text: string): CleanArticle =>
  cleanDocument({ id: 'doc', format: 'text', text, meta: {}, removed: [] }, options);
const reasons = (a: CleanArticle): [string, string][] => a.removed.map((r) => [r.text, r.reason]);
/** Lines separated as the Multi-News documents separate them (" \n \n "). */
const page = (...lines: string[]): string => lines.join(' \n \n ');

const ARTICLE = 'The council approved the budget on Tuesday after a long debate, the mayor said.';

describe('archive, player and modal furniture (English tables)', () => {
  it('cleans an Internet Archive crawl note to nothing, each line with its reason', () => {
    const a = clean(
      page(
        'The seed for this crawl was a list of every host in the Wayback Machine',
        'This crawl was run at a level 1 (URLs including their embeds, plus the URLs of all outbound links including their embeds)',
        'The WARC files associated with this crawl are not currently available to the general public.',
      ),
    );
    expect(a.text).toBe('');
    expect(a.removed.map((r) => r.reason)).toEqual(['archive-notice', 'archive-notice', 'archive-notice']);
  });

  it('takes the dash list after "The seed for Wide… was:" along, and only that list', () => {
    const a = clean(
      page(
        'The seed for Wide00014 was:',
        '- Slash pages from every domain on the web:',
        '-- a ranking of all URLs that have more than one incoming link',
        '-- up to a maximum of 100 most highly ranked URLs per domain',
        '- Top ranked pages (up to a max of 100) from every linked-to domain',
        ARTICLE,
        '- A list item of the article itself stays.',
      ),
    );
    expect(a.text).toBe(`${ARTICLE}\n\n- A list item of the article itself stays.`);
    expect(a.removed).toHaveLength(5);
    expect(a.removed.every((r) => r.reason === 'archive-notice')).toBe(true);
    expect(a.removed[4]?.text).toBe('- Top ranked pages (up to a max of 100) from every linked-to domain');
  });

  it('does not take a dash list after an ordinary line', () => {
    const text = page('Officials listed three demands:', '- more staff', '- more money');
    expect(clean(text).text).toBe('Officials listed three demands:\n\n- more staff\n\n- more money');
  });

  it('removes the End of Term collection note', () => {
    const a = clean(
      'This is a collection of press articles about the End of Term 2016 project. End of Term is a collaborative project to preserve public United States Government web sites.',
    );
    expect(reasons(a)).toEqual([
      [
        'This is a collection of press articles about the End of Term 2016 project. End of Term is a collaborative project to preserve public United States Government web sites.',
        'archive-notice',
      ],
    ]);
  });

  it('removes YouTube, modal and reprint notices', () => {
    const a = clean(
      page(
        'Rating is available when the video has been rented.',
        'This feature is not available right now. Please try again later.',
        'Just One More Thing...',
        'We have sent you a verification email. Please check your email and click on the link to activate your profile.',
        'If you do not receive the verification message within a few minutes of signing up, please check your Spam or Junk folder.',
        'Close',
        'Dow Jones Reprints: This copy is for your personal, non-commercial use only. To order copies, visit www.djreprints.com',
      ),
    );
    expect(a.text).toBe('');
    expect(a.removed.map((r) => r.reason)).toEqual([
      'player-notice',
      'player-notice',
      'modal',
      'modal',
      'modal',
      'navigation',
      'reprint-notice',
    ]);
  });

  it('removes player, transcript and sharing lines but keeps the article', () => {
    const a = clean(
      page(
        'Page 1 of 1',
        'Please enable Javascript to watch this video',
        'Hide Transcript Show Transcript',
        'Media playback is not supported on this device Archive: the best goals of the cup',
        ARTICLE,
        'Copy Link Copy',
        'SHARE THIS ARTICLE Share Tweet Post Email',
        'LISTEN TO ARTICLE 4:34 SHARE THIS ARTICLE Share Tweet Post Email',
        'Read or Share this story: http://usat.ly/1abcDEF',
      ),
    );
    expect(a.text).toBe(ARTICLE);
    expect(a.removed.map((r) => r.reason)).toEqual([
      'navigation',
      'player-notice',
      'navigation',
      'player-notice',
      'navigation',
      'navigation',
      'player-notice',
      'social-widget',
    ]);
  });

  it('reads BBC picture lines: a credit alone, a caption with its credit', () => {
    const a = clean(
      page(
        'Image copyright Getty Images',
        'Image copyright AP Image caption Migrants wait at the border fence',
        ARTICLE,
      ),
    );
    expect(a.text).toBe(ARTICLE);
    expect(reasons(a)).toEqual([
      ['Image copyright Getty Images', 'credit'],
      ['Image copyright AP Image caption Migrants wait at the border fence', 'caption'],
    ]);
  });

  it('keeps prose that only starts like a notice', () => {
    const prose =
      'Published on the front page of the local paper, the letter urged the council to reconsider the plan before the vote in May.';
    const close = 'Close to 200 people attended the meeting on Monday evening.';
    expect(clean(page(prose, close)).text).toBe(`${prose}\n\n${close}`);
  });
});

describe('agency captions, video strips and comment rules (English tables)', () => {
  it('removes agency picture captions, the video strip, related-story links and comment rules', () => {
    const caption =
      'FILE - In this March 11, 2010 file photo, the empty frame of a stolen painting remains on display at a museum in Boston. (Associated Press)';
    const strip =
      "JUST WATCHED Talks keep the skaters' dream alive Replay More Videos ... MUST WATCH Talks keep the skaters' dream alive 02:41";
    const related = '(MORE: Saving the World’s Endangered Species)';
    const rules =
      'Thank you for joining our conversation on the blog. We encourage your discussion but ask that you stay within the bounds of our commenting and posting policy.';
    const a = clean(page(caption, ARTICLE, strip, related, rules));
    expect(a.text).toBe(ARTICLE);
    expect(reasons(a)).toEqual([
      [caption, 'caption'],
      [strip, 'player-notice'],
      [related, 'promotion'],
      [rules, 'comment-policy'],
    ]);
  });

  it('keeps prose that mentions a file, a video or more', () => {
    const text = page(
      'File sharing services were blamed for the losses, the studio said in a statement on Monday.',
      'More than 150 migrants have crossed into Croatia from Serbia, officials said.',
    );
    expect(clean(text).removed).toEqual([]);
  });
});
