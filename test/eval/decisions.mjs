// Manual decisions per file (applied on top of the automatic draft in build-labels.mjs).
// ops: ['del', start] | ['id', start, newId] | ['neg', start, trap, note?] | ['add', text, k-th occurrence, id] | ['addneg', text, k, trap, note?]
const B = ['baomoi-121.txt','baomoi-122.txt','baomoi-123.txt','baomoi-124.txt','baomoi-125.txt','baomoi-126.txt','baomoi-127.txt','baomoi-128.txt','baomoi-129.txt','baomoi-130.txt','baomoi-131.txt','baomoi-132.txt','baomoi-133.txt','baomoi-134.txt','baomoi-135.txt','baomoi-136.txt','baomoi-137.txt','baomoi-138.txt','baomoi-139.txt','baomoi-140.txt','baomoi-141.txt','baomoi-142.txt','dantri-143.txt','baomoi-144.txt','baomoi-145.txt','baomoi-146.txt','baomoi-147.txt','baomoi-148.txt','baomoi-149.txt','baomoi-150.txt','baomoi-151.txt','baomoi-152.txt','baomoi-153.txt','baomoi-154.txt','dantri-155.txt','baomoi-156.txt','baomoi-157.txt','baomoi-158.txt','baomoi-159.txt','baomoi-160.txt','baomoi-161.txt','baomoi-162.txt','baomoi-163.txt','baomoi-164.txt','baomoi-165.txt','baomoi-166.txt','baomoi-167.txt','baomoi-168.txt','baomoi-169.txt','dantri-170.txt','baomoi-171.txt','baomoi-172.txt','baomoi-173.txt','baomoi-174.txt','baomoi-175.txt','baomoi-176.txt','dantri-177.txt','baomoi-178.txt','baomoi-179.txt','baomoi-180.txt'];
const A = ['baomoi-002.txt','baomoi-004.txt','baomoi-006.txt','baomoi-007.txt','baomoi-008.txt','baomoi-011.txt','baomoi-013.txt','baomoi-014.txt','baomoi-016.txt','baomoi-020.txt','baomoi-023.txt','baomoi-024.txt','baomoi-025.txt','baomoi-026.txt','baomoi-027.txt','baomoi-033.txt','baomoi-039.txt','baomoi-041.txt','baomoi-043.txt','baomoi-044.txt','baomoi-049.txt','baomoi-054.txt','baomoi-055.txt','baomoi-062.txt','baomoi-063.txt','baomoi-064.txt','baomoi-076.txt','baomoi-077.txt','baomoi-079.txt','baomoi-081.txt','baomoi-082.txt','baomoi-094.txt','baomoi-096.txt','baomoi-097.txt','baomoi-102.txt','baomoi-111.txt','baomoi-116.txt','baomoi-117.txt','baomoi-118.txt','baomoi-061.txt','baomoi-105.txt','baomoi-107.txt','baomoi-120.txt','baomoi-067.txt'];
const C = ['baomoi-196.txt','dantri-191.txt','baomoi-213.txt','baomoi-218.txt','dantri-223.txt','baomoi-224.txt','baomoi-232.txt','baomoi-239.txt'];
export const FILES = [...A, ...B, ...C];
export const DECISIONS = {
  'baomoi-067.txt': [['add', 'bộ phận tiếp nhận hồ sơ và trả kết quả', 1, 'bo-phan-tiep-nhan-va-tra-ket-qua'],
    ['addneg', 'Một cửa', 1, 'T01', 'bare "Một cửa" (elliptical for Bộ phận Một cửa); bare "một cửa" is never a term']],
  'baomoi-105.txt': [['add', 'năng lực cạnh tranh cấp tỉnh', 1, 'pci']],
  'baomoi-120.txt': [['id', 165, 'co-quan-bao-hiem-xa-hoi'], ['id', 182, 'co-quan-bao-hiem-xa-hoi'], ['id', 316, 'co-quan-bao-hiem-xa-hoi'], ['id', 2356, 'co-quan-bao-hiem-xa-hoi']],
  'baomoi-039.txt': [['id', 1263, 'dvctt-muc-do-1-2'], ['add', 'một cửa quốc gia', 1, 'co-che-mot-cua-quoc-gia'], ['id', 2024, 'co-quan-bao-hiem-xa-hoi']],
  'baomoi-054.txt': [['add', 'Nghị quyết 19-2017/NQ-CP', 1, 'nq-cp'], ['add', 'Nghị quyết 19-2017/NQ-CP', 2, 'nq-cp'], ['add', 'thanh toán lệ phí trực tuyến', 1, 'thanh-toan-truc-tuyen']],
  'baomoi-062.txt': [['add', 'kỷ luật kỷ cương', 1, 'ky-luat-ky-cuong-hanh-chinh']],
  'baomoi-122.txt': [['neg', 1848, 'other', 'criminal-procedure title "Thủ trưởng cơ quan điều tra", not the CCHC head-of-agency term']],
  'baomoi-159.txt': [['id', 91, 'co-quan-bao-hiem-xa-hoi'], ['id', 108, 'co-quan-bao-hiem-xa-hoi'], ['id', 235, 'co-quan-bao-hiem-xa-hoi'], ['id', 252, 'co-quan-bao-hiem-xa-hoi'],
    ['id', 796, 'co-quan-bao-hiem-xa-hoi'], ['id', 842, 'co-quan-bao-hiem-xa-hoi'], ['id', 1221, 'co-quan-bao-hiem-xa-hoi'], ['id', 1929, 'co-quan-bao-hiem-xa-hoi'], ['id', 4029, 'co-quan-bao-hiem-xa-hoi']],
};

// ---- Reconciliation with data/glossary.json (2026-11-22), applied after DECISIONS --------------------------------
// Every op below was decided by reading the context (see README "Reconciliation with the glossary").
// ['span', start, 'text', id]: asserts text at start, removes every overlapping span (old "UBND"/ubnd, T22/T19/T21/T01
// negatives ...) and adds the positive span. ['id', start, id] / ['del', start] as in DECISIONS.
// PHO_IN_SPAN: the glossary lists "Phó Chủ tịch UBND" as a form of chu-tich-ubnd, so leftmost-longest gives the span
// "Phó Chủ tịch UBND". Set to false to label only "Chủ tịch UBND" (the word "Phó" is then dropped from those spans).
export const PHO_IN_SPAN = true;
export const RECONCILE = {
  'baomoi-002.txt': [['span', 2171, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-004.txt': [['span', 305, "Phó Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 1283, "Phó Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-007.txt': [['span', 294, "các Nghị quyết 19", 'nq-19-moi-truong-kinh-doanh']],
  'baomoi-008.txt': [['span', 553, "cải thiện môi trường đầu tư kinh doanh", 'cai-thien-moi-truong-kinh-doanh']],
  'baomoi-013.txt': [['span', 0, "Phó Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 278, "Phó chủ tịch UBND", 'chu-tich-ubnd'], ['span', 3024, "Phó chủ tịch UBND", 'chu-tich-ubnd'], ['span', 3684, "MTTQ", 'mat-tran-to-quoc']],
  'baomoi-014.txt': [['span', 4547, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-020.txt': [['span', 118, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 260, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 468, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 553, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 1916, "UBND quận", 'ubnd-huyen'], ['span', 2101, "UBND quận", 'ubnd-huyen'], ['span', 1355, "UBND các quận huyện", 'ubnd-huyen']],
  'baomoi-023.txt': [['span', 1814, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-024.txt': [['span', 73, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 253, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 499, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 814, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 1317, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 2057, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-025.txt': [['span', 637, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 1158, "cải thiện môi trường đầu tư, kinh doanh", 'cai-thien-moi-truong-kinh-doanh']],
  'baomoi-027.txt': [['span', 899, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-039.txt': [['span', 1484, "Cổng thông tin điện tử", 'cong-thong-tin-dien-tu']],
  'baomoi-043.txt': [['span', 681, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 993, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 3514, "UBND quận", 'ubnd-huyen']],
  'baomoi-054.txt': [['span', 411, "cải thiện môi trường đầu tư, kinh doanh", 'cai-thien-moi-truong-kinh-doanh'], ['id', 479, 'nq-19-moi-truong-kinh-doanh'], ['span', 544, "cải thiện môi trường kinh doanh", 'cai-thien-moi-truong-kinh-doanh'], ['span', 1309, "cải thiện môi trường kinh doanh", 'cai-thien-moi-truong-kinh-doanh'], ['span', 1374, "cải thiện môi trường đầu tư kinh doanh", 'cai-thien-moi-truong-kinh-doanh'], ['span', 1521, "cải thiện môi trường kinh doanh", 'cai-thien-moi-truong-kinh-doanh'], ['span', 2166, "cải thiện môi trường kinh doanh", 'cai-thien-moi-truong-kinh-doanh'], ['id', 2557, 'nq-19-moi-truong-kinh-doanh'], ['span', 2648, "cải thiện môi trường kinh doanh", 'cai-thien-moi-truong-kinh-doanh'], ['id', 4648, 'nq-19-moi-truong-kinh-doanh'], ['span', 4902, "cải thiện môi trường kinh doanh", 'cai-thien-moi-truong-kinh-doanh']],
  'baomoi-055.txt': [['span', 126, "xử phạt vi phạm hành chính", 'xu-phat-vi-pham-hanh-chinh']],
  'baomoi-062.txt': [['span', 385, "Phó Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-077.txt': [['span', 510, "Nghị quyết 19", 'nq-19-moi-truong-kinh-doanh']],
  'baomoi-082.txt': [['span', 514, "Phó chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-096.txt': [['span', 3210, "Mặt trận Tổ quốc", 'mat-tran-to-quoc'], ['span', 3727, "Mặt trận Tổ quốc", 'mat-tran-to-quoc']],
  'baomoi-097.txt': [['span', 4192, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 4295, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 525, "UBMTTQ", 'mat-tran-to-quoc'], ['span', 1033, "UBMTTQ", 'mat-tran-to-quoc']],
  'baomoi-102.txt': [['span', 315, "Chủ tịch Ủy ban Nhân dân", 'chu-tich-ubnd']],
  'baomoi-116.txt': [['span', 2544, "Chủ tịch UBND", 'chu-tich-ubnd'], ['del', 605]],
  'baomoi-117.txt': [['span', 4270, "Cải thiện môi trường kinh doanh", 'cai-thien-moi-truong-kinh-doanh']],
  'baomoi-118.txt': [['span', 1035, "cải thiện môi trường đầu tư kinh doanh", 'cai-thien-moi-truong-kinh-doanh'], ['span', 1639, "cải thiện môi trường đầu tư kinh doanh", 'cai-thien-moi-truong-kinh-doanh'], ['span', 3331, "Phó Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 4778, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-061.txt': [['span', 83, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 221, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 484, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 566, "chủ tịch UBND", 'chu-tich-ubnd'], ['span', 843, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 2121, "chủ tịch UBND", 'chu-tich-ubnd'], ['span', 2180, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-105.txt': [['span', 71, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 636, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 1036, "UBND huyện", 'ubnd-huyen'], ['span', 1934, "Phó Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 2787, "Phó Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 3185, "Phó Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 3601, "Phó Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-107.txt': [['span', 249, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 1266, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 2803, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-120.txt': [['span', 2223, "Luật BHXH", 'luat-bao-hiem-xa-hoi'], ['span', 2234, "Luật BHYT", 'luat-bao-hiem-y-te']],
  'baomoi-067.txt': [['span', 732, "UBND huyện", 'ubnd-huyen'], ['span', 1058, "UBND huyện", 'ubnd-huyen'], ['span', 1080, "UBND xã", 'ubnd-cap-xa'], ['span', 1819, "UBND xã", 'ubnd-cap-xa'], ['span', 1870, "UBND xã", 'ubnd-cap-xa'], ['span', 2155, "tiếp công dân", 'tiep-cong-dan'], ['span', 2170, "UBND xã", 'ubnd-cap-xa'], ['span', 2382, "tiếp công dân", 'tiep-cong-dan'], ['span', 2400, "UBND xã", 'ubnd-cap-xa'], ['span', 2415, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 2497, "UBND xã", 'ubnd-cap-xa'], ['span', 2556, "Tiếp công dân", 'tiep-cong-dan'], ['span', 2587, "tiếp công dân", 'tiep-cong-dan'], ['span', 2605, "UBND xã", 'ubnd-cap-xa'], ['span', 2647, "tiếp công dân", 'tiep-cong-dan'], ['span', 2665, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 2938, "tiếp dân", 'tiep-cong-dan'], ['span', 2951, "UBND xã", 'ubnd-cap-xa'], ['span', 2966, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 3117, "UBND huyện", 'ubnd-huyen'], ['span', 3281, "UBND huyện", 'ubnd-huyen'], ['span', 3814, "tiếp công dân", 'tiep-cong-dan'], ['span', 640, "bộ phận Một cửa", 'bo-phan-mot-cua']],
  'baomoi-156.txt': [['span', 818, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-159.txt': [['span', 2338, "Chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-167.txt': [['span', 472, "UBND quận", 'ubnd-huyen'], ['span', 609, "Chủ tịch UBND", 'chu-tich-ubnd'], ['span', 1715, "UBND quận", 'ubnd-huyen'], ['span', 2313, "Phó chủ tịch UBND", 'chu-tich-ubnd']],
  'baomoi-129.txt': [['span', 5372, "UBND TP", 'ubnd-huyen']],
  'baomoi-079.txt': [['del', 1012]],
};
