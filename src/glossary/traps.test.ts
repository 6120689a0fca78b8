import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import glossaryFile from '../../data/glossary.json' with { type: 'json' };
import { bundledDocuments } from './bundled-documents.ts';
import { compileGlossary } from './compile-glossary.ts';
import { findTerms, type TermMatch } from './find-terms.ts';
import type { GlossaryFile } from './types.ts';

/**
 * Every trap of shared/reference/traps.md (§5 T01–T23 and the §6 Unicode ones that reach the matcher),
 * each with the real example sentence quoted there, against the real glossary.
 */
const glossary = compileGlossary((glossaryFile as GlossaryFile).entries, bundledDocuments().byId);
const find = (text: string): [string, string][] => findTerms(text, glossary).map((m) => [m.text, m.id]);
const ids = (text: string): string[] => findTerms(text, glossary).map((m) => m.id);
const touching = (text: string, phrase: string): TermMatch[] => {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, phrase);
  return findTerms(text, glossary).filter((m) => m.start < at + phrase.length && at < m.end);
};

describe('traps.md §5: look-alikes', () => {
  test('T01 "một cửa" in a shop, a window', () => {
    const shop = 'Cửa hàng tiện lợi hay Cửa hàng tiện ích là một cửa hàng bán lẻ nhỏ chứa nhiều mặt hàng hàng ngày…';
    const window = '…đi vào trong một căn phòng tối tăm có một cửa sổ trông ra một cái sân vuông nhỏ xíu…';
    assert.deepEqual(find(shop), []);
    assert.deepEqual(find(window), []);
  });

  test('T02 "cơ chế một cửa quốc gia" (customs) is its own entry', () => {
    const s =
      'Nghị định này không điều chỉnh việc thực hiện thủ tục hành chính theo cơ chế một cửa quốc gia quy định tại Luật Hải quan.';
    assert.deepEqual(find(s), [
      ['thủ tục hành chính', 'thu-tuc-hanh-chinh'],
      ['cơ chế một cửa quốc gia', 'co-che-mot-cua-quoc-gia'],
    ]);
  });

  test('T03 "liên thông" in education and document exchange', () => {
    assert.deepEqual(
      find(
        'Liên thông đại học là một hình thức học tập tiếp nối, cho phép sinh viên hoàn thành chương trình học tại một trường cao đẳng…',
      ),
      [],
    );
    assert.deepEqual(ids('Quyết định 626/QĐ-VPCP Phê duyệt Đề án Trục liên thông văn bản quốc gia'), ['quyet-dinh-qd']);
  });

  test('T04 "4 tại chỗ" as the disaster motto', () => {
    assert.deepEqual(
      find('– Bốn tại chỗ bao gồm chỉ huy tại chỗ; lực lượng tại chỗ; phương tiện, vật tư tại chỗ; hậu cần tại chỗ.'),
      [],
    );
    assert.deepEqual(find('…phương châm 4 tại chỗ đã lan tỏa đến các lĩnh vực khác như phòng, chống dịch bệnh…'), []);
  });

  test('T05 PCI in payments, medicine, computing', () => {
    assert.deepEqual(
      find(
        'PCI DSS (Payment Card Industry Data Security Standard) là một tiêu chuẩn bảo mật dữ liệu thẻ thanh toán toàn cầu…',
      ),
      [],
    );
    assert.deepEqual(
      find(
        'Can thiệp mạch vành qua da (PCI- Percutaneous Coronary Intervention) giúp làm giảm triệu chứng ở bệnh tim thiếu máu cục bộ mạn tính…',
      ),
      [],
    );
    assert.deepEqual(find('What Is a PCI Express Slot'), []);
  });

  test('T06 "TTHC" defined as trung tâm hành chính', () => {
    assert.deepEqual(
      find('“Việc xây dựng trung tâm hành chính (TTHC) cần quỹ đất rất lớn và nguồn ngân sách lớn. TTHC sẽ…'),
      [],
    );
  });

  test('T07 "trung tâm hành chính" without "công"', () => {
    assert.deepEqual(
      find('Trung tâm hành chính TP.HCM sẽ được xây dựng mới có thiết kế 4 tầng hầm và 6 tầng nổi…'),
      [],
    );
    assert.deepEqual(find('Trung tâm Chính trị - Hành chính TP Hải Phòng 2.830 tỷ sắp hoàn thiện'), []);
  });

  test('T08 "làm trung tâm (để) phục vụ"', () => {
    assert.deepEqual(find('Lấy người dân, doanh nghiệp làm trung tâm để phục vụ…'), []);
    assert.deepEqual(find('…bảo đảm nguyên tắc lấy người dân, doanh nghiệp làm trung tâm phục vụ.'), []);
  });

  test('T09 "cấp độ" of an epidemic', () => {
    assert.deepEqual(
      find(
        'Theo Nghị quyết 128, có 4 cấp độ dịch tương ứng với 4 màu: Xanh (cấp 1), vàng (cấp 2), cam (cấp 3), đỏ (cấp 4).',
      ),
      [],
    );
    assert.deepEqual(find('Dịch bệnh ở mức độ 3, cần thận trọng.'), []);
  });

  test('T10 "số hóa" of television', () => {
    assert.deepEqual(
      find(
        '…ngừng phát sóng toàn bộ các kênh chương trình analog để chuyển sang phát sóng số, theo đúng lộ trình của giai đoạn 1 Đề án số hóa truyền hình.',
      ),
      [],
    );
  });

  test('T11 "Chương trình tổng thể" of another matter', () => {
    assert.deepEqual(
      find(
        'Thủ tướng Chính phủ Nguyễn Xuân Phúc đã ký Quyết định ban hành Chương trình tổng thể của Chính phủ về thực hành tiết kiệm, chống lãng phí năm 2020.',
      ),
      [],
    );
  });

  test('T12 "30a" is not "30c"', () => {
    const s =
      '…thực hiện Nghị quyết 30a/2008/NQ-CP ngày 27 tháng 12 năm 2008 của Chính phủ về Chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với các huyện nghèo…';
    assert.deepEqual(ids(s), ['nq-cp']);
  });

  test('T13 other "Tổ công tác", and the older body with a similar name', () => {
    assert.deepEqual(
      find('…đề xuất Thủ tướng Chính phủ việc thành lập và quy chế hoạt động của Tổ công tác đặc biệt nói trên…'),
      [],
    );
    const older =
      'Căn cứ Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009 của Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ…';
    assert.ok(!ids(older).includes('to-cong-tac-cai-cach-tthc'));
  });

  test('T14 "Ban Chỉ đạo" of another matter', () => {
    const s =
      '…Thủ tướng Phạm Minh Chính - Trưởng Ban Chỉ đạo Phòng thủ dân sự quốc gia về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025 chủ trì Phiên họp lần thứ nhất của Ban Chỉ đạo.';
    assert.deepEqual(find(s), []);
  });

  test('T15 the social-insurance agency and the scheme (seed 000)', () => {
    const s =
      '…đề nghị Bảo hiểm xã hội tỉnh phối hợp chặt chẽ … tuyên truyền mạnh mẽ chế độ chính sách bảo hiểm xã hội, nhất là bảo hiểm xã hội tự nguyện.';
    assert.deepEqual(ids(s), ['co-quan-bao-hiem-xa-hoi', 'bao-hiem-xa-hoi', 'bhxh-tu-nguyen']);
  });

  test('T16 "dịch vụ công" against dịch vụ sự nghiệp công, công ích, công nghệ', () => {
    assert.deepEqual(ids('Tách bạch dịch vụ hành chính công và dịch vụ sự nghiệp công.'), [
      'dich-vu-hanh-chinh-cong',
      'dich-vu-su-nghiep-cong',
    ]);
    assert.deepEqual(find('dịch vụ công ích, dịch vụ công nghệ, dịch vụ công cộng'), []);
    assert.deepEqual(
      touching('Gia tăng quyền tự chủ cho các đơn vị sự nghiệp công lập…', 'đơn vị sự nghiệp công lập').map(
        (m) => m.id,
      ),
      ['don-vi-su-nghiep-cong-lap'],
    );
  });

  test('T17 numbered schemes of other issuers', () => {
    const s =
      '…thực hiện Đề án số 02-ĐA/TU ngày 10/10/2016 của Tỉnh ủy Thái Nguyên về việc “Nâng cao chất lượng, hiệu quả thực hiện dân chủ ở cơ sở…”';
    assert.deepEqual(find(s), []);
    assert.deepEqual(find('Đề án 06 được nhắc lại.'), [], 'without its context');
    assert.deepEqual(ids('Triển khai Đề án 06, người dân dùng tài khoản VNeID.'), ['de-an-06', 'vneid']);
  });

  test('T18 "cải cách hành chính" abroad keeps its general meaning; "dịch vụ công dân" is not "dịch vụ công"', () => {
    const s =
      'Các trung tâm dịch vụ công dân (Citizen Service Center – CSC) đã trở thành yếu tố then chốt trong cải cách hành chính ở nhiều quốc gia.';
    assert.deepEqual(find(s), [['cải cách hành chính', 'cai-cach-hanh-chinh']]);
  });

  test('T19 sanctions law is not "thủ tục hành chính" (seed 002)', () => {
    const s = 'Lĩnh vực cấp chứng minh thư nhân dân, xử phạt vi phạm hành chính; thu bảo hiểm xã hội…';
    assert.deepEqual(
      touching(s, 'xử phạt vi phạm hành chính').map((m) => m.id),
      ['xu-phat-vi-pham-hanh-chinh'],
    );
  });

  test('T20 bylines and unknown capitals', () => {
    assert.deepEqual(find('ĐTO - Sáng ngày 16/10. PV và TTXVN. Câu lạc bộ (CLB) “Thủ lĩnh của sự thay đổi”'), []);
  });

  test('T21 an information portal is not the public-service portal', () => {
    const s = '…xây dựng và đưa vào khai thác Hệ thống Cổng thông tin điện tử cơ quan hành chính nhà nước thống nhất…';
    const found = ids(s);
    assert.ok(found.includes('cong-thong-tin-dien-tu'));
    assert.ok(!found.some((id) => id.startsWith('cong-dich-vu-cong')));
  });

  test('T22 short references are never completed', () => {
    const s =
      'Phó Thủ tướng Chính phủ Phạm Bình Minh vừa ký ban hành Chỉ thị số 23 về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030.';
    assert.deepEqual(find(s), [['Chương trình tổng thể cải cách hành chính nhà nước', 'chuong-trinh-tong-the-cchc']]);
  });

  test('T23 an imprecise name gets the likely entry with a soft note (seed 000)', () => {
    const [m] = findTerms(
      'Năm 2019, Lai Châu vươn lên vị trí thứ 51 (tăng bảy bậc so với năm 2018) về chỉ số cải cách thủ tục hành chính.',
      glossary,
    );
    assert.equal(m?.id, 'chi-so-cchc-par-index');
    assert.match(m?.note?.vi ?? '', /PAR Index/);
  });
});

describe('traps.md §6: Unicode and extraction', () => {
  test('U2 the Latin Eth in a document code (langngheviet reprint)', () => {
    assert.deepEqual(ids('theo Quyết định số 200/1998/QÐ-TTg của Thủ tướng'), ['qd-ttg']);
  });

  test('U6 a line break inside a term; "liên thơng" (PDF glyph loss) is not repaired', () => {
    assert.deepEqual(find('…thực hiện cơ chế\nmột cửa, cơ chế một cửa liên thơng…'), [
      ['cơ chế\nmột cửa', 'co-che-mot-cua'],
      ['cơ chế một cửa', 'co-che-mot-cua'],
    ]);
  });

  test('U10 an en dash inside a document number', () => {
    assert.deepEqual(
      findTerms('Số: 274/QĐ–TTg', glossary).map((m) => [m.text, m.citation?.code]),
      [['274/QĐ–TTg', 'QĐ-TTg']],
    );
  });

  test('U13 the "VNelD" confusable, with its note', () => {
    const [m] = findTerms('…hoặc trên ứng dụng VNelD…', glossary);
    assert.equal(m?.id, 'vneid');
    assert.ok(m?.note);
  });
});
