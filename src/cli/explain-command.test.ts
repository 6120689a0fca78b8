/**
 * `explain` at three article dates (2017-06-01, 2021-06-01, today), against facts read in sources — the
 * expectations come from the pages named beside them, not from data/. The command builds the popup's model,
 * so these are the popup's answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import type { Explanation } from '../shared/explain-term.ts';
import { explainCommand } from './explain-command.ts';

const TODAY = '2026-12-06';
const DATES = ['2017-06-01', '2021-06-01', TODAY] as const;

function explain(query: string, date: string | undefined, lang: 'vi' | 'en' = 'vi'): Explanation {
  const out: string[] = [];
  const errors: string[] = [];
  const args = [query, '--json', '--today', TODAY, '--lang', lang, ...(date ? ['--date', date] : [])];
  const status = explainCommand(
    args,
    (line) => out.push(line),
    (line) => errors.push(line),
  );
  assert.equal(status, 0, errors.join('\n'));
  return JSON.parse(out.join('\n')) as Explanation;
}

const then = (model: Explanation) => model.time?.lines.find((l) => l.kind === 'then')?.text ?? '';
const now = (model: Explanation) => model.time?.lines.find((l) => l.kind === 'now')?.text ?? '';
/** What the reader is told applied at the date: the "then" line, or the one line when nothing changed since. */
const atDate = (model: Explanation) => then(model) || now(model);

describe('explain: the one-stop family through its whole chain', () => {
  // QĐ 09/2015/QĐ-TTg replaced QĐ 93/2007 from 15/5/2015; NĐ 61/2018/NĐ-CP from 21/6/2018 (vietnamnet);
  // NĐ 118/2025/NĐ-CP from 1/7/2025 (vneconomy, hethongphapluat text of NĐ 118).
  for (const id of ['co-che-mot-cua', 'co-che-mot-cua-lien-thong', 'bo-phan-tiep-nhan-va-tra-ket-qua']) {
    it(`${id}: 09/2015 in 2017, 61/2018 in 2021, 118/2025 today`, () => {
      assert.match(atDate(explain(id, '2017-06-01')), /09\/2015\/QĐ-TTg/);
      assert.match(atDate(explain(id, '2021-06-01')), /61\/2018\/NĐ-CP/);
      assert.match(now(explain(id, TODAY)), /118\/2025\/NĐ-CP/);
    });
  }

  it('an article of 2006 hears of QĐ 181/2003, one of 2010 of QĐ 93/2007', () => {
    // QĐ 181/2003/QĐ-TTg (4/9/2003) until QĐ 93/2007/QĐ-TTg took over in 2007 (thuvienphapluat texts).
    assert.match(atDate(explain('co-che-mot-cua', '2006-03-01')), /181\/2003/);
    assert.match(atDate(explain('co-che-mot-cua', '2010-03-01')), /93\/2007/);
  });

  it('Trung tâm Phục vụ hành chính công: provincial centres from 2018, commune ones from 1/7/2025', () => {
    assert.match(atDate(explain('trung-tam-phuc-vu-hanh-chinh-cong', '2021-06-01')), /61\/2018/);
    assert.match(now(explain('trung-tam-phuc-vu-hanh-chinh-cong', TODAY)), /xã/);
  });
});

describe('explain: a decree’s own entry, from its registry record', () => {
  it('NĐ 61/2018: not yet in force in 2017, in force in 2021, replaced by NĐ 118/2025 today', () => {
    const in2017 = explain('nd-61-2018', '2017-06-01');
    assert.match(then(in2017), /chưa có hiệu lực/);
    assert.match(now(in2017), /thay thế bằng Nghị định 118\/2025\/NĐ-CP từ 01\/07\/2025/);
    assert.match(then(explain('nd-61-2018', '2021-06-01')), /đang có hiệu lực/);
  });

  it('NĐ 107/2021 (signed 6/12/2021) is not told as applying in June 2021', () => {
    assert.match(then(explain('nd-107-2021', '2021-06-01')), /chưa có hiệu lực/);
  });

  it('a number in the text opens its decree', () => {
    const model = explain('theo Nghị định số 61/2018/NĐ-CP của Chính phủ', '2021-06-01');
    assert.equal(model.entryId, 'nd-61-2018');
    assert.match(model.citation?.number ?? '', /61\/2018\/NĐ-CP/);
  });
});

describe('explain: numbers the registry does not hold', () => {
  it('says what the number tells, offers to look it up, and shows no unrelated terms', () => {
    const model = explain('Nghị định số 357/2025/NĐ-CP', TODAY);
    assert.equal(model.citation?.kind, 'Nghị định do Chính phủ ban hành năm 2025.');
    assert.deepEqual(
      model.citation?.lookups.map((l) => new URL(l.href).hostname),
      ['vbpl.vn', 'thuvienphapluat.vn'],
    );
    assert.ok(model.citation?.lookups.every((l) => l.href.includes('357%2F2025%2FN%C4%90-CP')));
    assert.deepEqual(model.related, []);
  });

  it('names laws by the legislature that passed them, in English too', () => {
    assert.equal(
      explain('Luật số 31/2026/QH16', TODAY).citation?.kind,
      'Luật do Quốc hội khóa XVI thông qua năm 2026.',
    );
    assert.equal(
      explain('Quyết định 1234/QĐ-UBND', TODAY, 'en').citation?.kind,
      "A decision issued by a People's Committee.",
    );
  });
});

describe('explain: identity, online services, social insurance, local government', () => {
  it('căn cước: CCCD cards from 1/1/2016 (Luật 59/2014/QH13), "thẻ căn cước" from 1/7/2024 (Luật Căn cước 2023)', () => {
    assert.match(atDate(explain('can-cuoc', '2015-06-01')), /chứng minh nhân dân/i);
    assert.match(atDate(explain('can-cuoc', '2017-06-01')), /căn cước công dân/i);
    assert.match(now(explain('can-cuoc', TODAY)), /thẻ căn cước/i);
  });

  it('online public services: levels 1-4 (NĐ 43/2011) until 15/8/2022, then toàn trình / một phần (NĐ 42/2022)', () => {
    assert.match(atDate(explain('dich-vu-cong-truc-tuyen', '2017-06-01')), /mức độ|43\/2011/);
    assert.match(now(explain('dich-vu-cong-truc-tuyen', TODAY)), /toàn trình/);
  });

  it('social insurance: Luật 58/2014/QH13 from 1/1/2016, Luật 41/2024/QH15 from 1/7/2025', () => {
    assert.match(atDate(explain('bao-hiem-xa-hoi', '2017-06-01')), /58\/2014/);
    assert.match(atDate(explain('bao-hiem-xa-hoi', '2021-06-01')), /58\/2014/);
    assert.match(now(explain('bao-hiem-xa-hoi', TODAY)), /41\/2024/);
  });

  it('district People’s Committees existed in 2017 and 2021 and no longer do from 1/7/2025', () => {
    assert.doesNotMatch(atDate(explain('ubnd-huyen', '2021-06-01')), /không còn/i);
    assert.match(now(explain('ubnd-huyen', TODAY)), /không còn/i);
  });

  it('control of administrative procedures sits with Bộ Tư pháp from 2026 (NĐ 09/2026/NĐ-CP)', () => {
    assert.match(now(explain('cuc-kiem-soat-tthc', TODAY)), /Bộ Tư pháp/);
  });
});

describe('explain: every entry at three dates', () => {
  const entries = (glossaryFile as { entries: { id: string; timeline?: unknown[] }[] }).entries;
  it('answers for every entry, and every timeline says what applied at each date', () => {
    for (const { id, timeline } of entries) {
      for (const date of DATES) {
        const model = explain(id, date);
        assert.equal(model.entryId, id);
        assert.ok(model.text, `${id} has an explanation`);
        if (timeline) assert.ok(atDate(model), `${id} says what applied on ${date}`);
        for (const item of model.legal?.items ?? []) {
          assert.ok(item.status && item.facts, `${id}: ${item.label} has a status and facts`);
          assert.ok(item.confirmed || item.unconfirmed, `${id}: ${item.label} says what is not confirmed`);
        }
      }
    }
  });

  it('rejects a malformed date and an unknown term with a message', () => {
    const errors: string[] = [];
    assert.equal(
      explainCommand(
        ['UBND', '--date', '2017-6-1'],
        () => {},
        (l) => errors.push(l),
      ),
      2,
    );
    assert.equal(
      explainCommand(
        ['không có gì ở đây'],
        () => {},
        (l) => errors.push(l),
      ),
      1,
    );
    assert.match(errors.join('\n'), /YYYY-MM-DD[\s\S]*no term/);
  });
});
