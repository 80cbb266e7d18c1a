// Rule tables: the self-assessment against the rubric (lai-chau-14: criteria 1 and 2 of 20
// points, 3 of 30, 4 and 5 of 15; Tốt from 90 points with full marks in 1, 2, 4 and 5).
import { ruleTester, type Change, type RuleTable } from '../rule-tester.js';

/** 20 members, none exempt, `present` of them there and the rest excused; everyone votes for. */
const attendance = (present: number): Change => (r) => {
  const excused = Array.from({ length: 20 - present }, (_, i) => ({ name: `Đảng viên ${i + 1}`, reason: 'Ốm' }));
  r.members = { total: 20, present, absent_excused: excused, absent_unexcused: [] };
  r.vote = { for: present, against: 0, abstain: 0 };
};
/** Claims for the five criteria, their total, and a rating. */
const claims = (scores: number[], rating = 'Tốt'): Change => (r) => {
  r.assessment = { scores: Object.fromEntries(scores.map((s, i) => [String(i + 1), s])), total: scores.reduce((a, b) => a + b, 0), rating };
};
const both = (...changes: Change[]): Change => (r) => { for (const c of changes) c(r); };

export const tables: Record<string, RuleTable> = {
  'score-range': {
    valid: [{ name: 'criterion 4 claimed at its maximum, 15', change: () => {} }],
    invalid: [
      {
        name: "the upper level's score for criterion 4 one above its maximum", change: (r) => { r.review = { by: 'Ban Thường vụ Đảng ủy Khối', date: '2024-03-28', scores: { 4: 16 }, rating: 'Tốt' }; },
        problems: [
          {
            path: 'review.scores.4', line: 70, column: 10,
            message: {
              vi: 'Điểm cấp trên chấm 16 của tiêu chí 4 nằm ngoài khoảng từ 0 đến 15 điểm.',
              en: "The upper level's score 16 for criterion 4 is outside 0–15.",
            },
          },
        ],
      },
      {
        name: 'criterion 4 claimed one above its maximum', change: (r) => { r.assessment.scores['4'] = 16; r.assessment.total = 98; },
        problems: [
          {
            path: 'assessment.scores.4', line: 62, column: 10,
            message: {
              vi: 'Điểm tự chấm 16 của tiêu chí 4 nằm ngoài khoảng từ 0 đến 15 điểm.',
              en: 'The claimed 16 for criterion 4 is outside 0–15.',
            },
          },
        ],
      },
      {
        name: 'a criterion the rubric does not have', change: (r) => { r.assessment.scores['6'] = 1; r.assessment.total = 98; },
        problems: [
          {
            path: 'assessment.scores.6', line: 64, column: 5,
            message: {
              vi: 'Bộ tiêu chí "lai-chau-14" không có tiêu chí 6 cho buổi sinh hoạt thường kỳ; hãy bỏ điểm này hoặc sửa lại số hiệu tiêu chí.',
              en: 'The rubric "lai-chau-14" has no criterion 6 for regular meetings; remove this score or correct its id.',
            },
          },
        ],
      },
    ],
  },
  'score-sum': {
    valid: [
      { name: 'total equal to the sum of the criteria', change: () => {} },
      { name: 'items that add up to their criterion', change: (r) => { r.assessment.scores['1.1'] = 15; r.assessment.scores['1.2'] = 5; } },
    ],
    invalid: [
      {
        name: 'total one above the sum', change: (r) => { r.assessment.total = 98; },
        problems: [
          {
            path: 'assessment.total', line: 64, column: 10,
            message: {
              vi: 'Tổng điểm tự chấm là 98, nhưng cộng 20 + 20 + 27 + 15 + 15 được 97. Hãy sửa cho khớp.',
              en: 'The claimed total is 98, but 20 + 20 + 27 + 15 + 15 add up to 97. Make them agree.',
            },
          },
        ],
      },
      {
        name: 'items that do not add up to their criterion', change: (r) => { r.assessment.scores['1.1'] = 15; r.assessment.scores['1.2'] = 4; },
        problems: [
          {
            path: 'assessment.scores.1', line: 59, column: 10,
            message: {
              vi: 'Điểm tiêu chí 1 là 20, nhưng cộng mục 1.1: 15 + mục 1.2: 4 được 19. Hãy sửa cho khớp.',
              en: 'The claim for criterion 1 is 20, but 1.1: 15 + 1.2: 4 add up to 19. Make them agree.',
            },
          },
        ],
      },
    ],
  },
  'score-overclaimed': {
    valid: [
      { name: 'attendance exactly at the 90% band edge, criterion 1 claimed at 20', change: attendance(18) },
      { name: 'attendance 85%, criterion 1 claimed at its ceiling of 17', change: both(attendance(17), claims([17, 20, 27, 15, 15], 'Khá')) },
    ],
    invalid: [
      {
        name: 'attendance 85%, criterion 1 claimed one above its ceiling', change: both(attendance(17), claims([18, 20, 27, 15, 15], 'Khá')),
        problems: [
          {
            path: 'assessment.scores.1', line: 60, column: 10,
            message: {
              vi: 'Tiêu chí 1 tự chấm 18 điểm, nhưng theo biên bản chỉ được tối đa 17 điểm: mục 1.1 đạt 12/15 điểm (tỷ lệ đảng viên dự họp 17/20 (85%)). Hãy chấm lại, hoặc ghi đủ dữ kiện nếu biên bản còn thiếu.',
              en: 'Criterion 1 is claimed at 18, but the record\'s facts support at most 17: 1.1: 12/15 (attendance 17/20 (85%)). Lower the claim, or record the missing facts if the minutes left them out.',
            },
          },
        ],
      },
      {
        name: 'an unexcused absence caps criterion 1', change: (r) => { r.members.absent_unexcused = ['Vũ Văn Nam']; r.members.present = 20; r.vote.for = 20; },
        problems: [
          {
            path: 'assessment.scores.1', line: 60, column: 10,
            message: {
              vi: 'Tiêu chí 1 tự chấm 20 điểm, nhưng theo biên bản chỉ được tối đa 12 điểm: mục 1.1 đạt 12/15 điểm (tỷ lệ đảng viên dự họp 20/23 (87,0%)); mục 1.2 đạt 0/5 điểm (1 đảng viên vắng không lý do). Hãy chấm lại, hoặc ghi đủ dữ kiện nếu biên bản còn thiếu.',
              en: 'Criterion 1 is claimed at 20, but the record\'s facts support at most 12: 1.1: 12/15 (attendance 20/23 (87.0%)); 1.2: 0/5 (1 member absent without reason). Lower the claim, or record the missing facts if the minutes left them out.',
            },
          },
        ],
      },
    ],
  },
  'rating-overstated': {
    valid: [
      { name: 'Tốt at exactly 90 points with full marks where required', change: claims([20, 20, 20, 15, 15]) },
      { name: 'the upper level confirms Tốt on the cell\'s own scores', change: (r) => { r.review = { by: 'Ban Thường vụ Đảng ủy Khối', date: '2024-03-28', rating: 'Tốt' }; } },
    ],
    invalid: [
      {
        name: 'the upper level rescores criterion 2, short of full marks, and confirms Tốt', change: (r) => { r.review = { by: 'Ban Thường vụ Đảng ủy Khối', date: '2024-03-28', scores: { 2: 18 }, rating: 'Tốt' }; },
        problems: [
          {
            path: 'review.rating', line: 71, column: 11,
            message: {
              vi: 'Cấp trên xếp loại Tốt, nhưng tiêu chí 2 chỉ đạt 18/20 điểm (thiếu 2); loại Tốt cần đạt điểm tối đa ở các tiêu chí 1, 2, 4 và 5. Với số điểm này, kỳ sinh hoạt chỉ được xếp loại Khá.',
              en: 'Confirmed as Tốt, but criterion 2 has 18 of 20 points (2 short); Tốt needs full marks in criteria 1, 2, 4 and 5. The scores allow Khá.',
            },
          },
        ],
      },
      {
        name: 'Tốt at 89 points', change: claims([20, 20, 19, 15, 15]),
        problems: [
          {
            path: 'assessment.rating', line: 65, column: 11,
            message: {
              vi: 'Chi bộ tự xếp loại Tốt, nhưng tổng điểm 89, dưới mức 90 điểm mà loại Tốt cần. Với số điểm này, kỳ sinh hoạt chỉ được xếp loại Khá.',
              en: 'Rated Tốt, but the total is 89, below the 90 that Tốt needs. The scores allow Khá.',
            },
          },
        ],
      },
      {
        name: 'Tốt with criterion 2 short of full marks', change: claims([20, 18, 27, 15, 15]),
        problems: [
          {
            path: 'assessment.rating', line: 65, column: 11,
            message: {
              vi: 'Chi bộ tự xếp loại Tốt, nhưng tiêu chí 2 chỉ đạt 18/20 điểm (thiếu 2); loại Tốt cần đạt điểm tối đa ở các tiêu chí 1, 2, 4 và 5. Với số điểm này, kỳ sinh hoạt chỉ được xếp loại Khá.',
              en: 'Rated Tốt, but criterion 2 has 18 of 20 points (2 short); Tốt needs full marks in criteria 1, 2, 4 and 5. The scores allow Khá.',
            },
          },
        ],
      },
    ],
  },
  'rating-understated': {
    valid: [
      { name: 'Tốt at 97 points', change: () => {} },
      { name: 'the upper level rescores criterion 1 lower and decides Khá', change: (r) => { r.review = { by: 'Ban Thường vụ Đảng ủy Khối', date: '2024-03-28', scores: { 1: 17 }, rating: 'Khá' }; } },
    ],
    invalid: [
      {
        name: 'the upper level rates Khá at 97 points', change: (r) => { r.review = { by: 'Ban Thường vụ Đảng ủy Khối', date: '2024-03-28', rating: 'Khá' }; },
        problems: [
          {
            path: 'review.rating', line: 69, column: 11,
            message: {
              vi: 'Cấp trên xếp loại Khá, nhưng với 97 điểm, kỳ sinh hoạt đạt loại Tốt. Hãy kiểm tra lại xếp loại hoặc điểm.',
              en: 'Confirmed as Khá, but with 97 points the meeting reaches Tốt. Check the rating or the scores.',
            },
          },
        ],
      },
      {
        name: 'Khá at 97 points', change: (r) => { r.assessment.rating = 'Khá'; },
        problems: [
          {
            path: 'assessment.rating', line: 65, column: 11,
            message: {
              vi: 'Chi bộ tự xếp loại Khá, nhưng với 97 điểm, kỳ sinh hoạt đạt loại Tốt. Hãy kiểm tra lại xếp loại hoặc điểm.',
              en: 'Rated Khá, but with 97 points the meeting reaches Tốt. Check the rating or the scores.',
            },
          },
        ],
      },
      {
        name: 'Khá at exactly 90 points that allow Tốt', change: claims([20, 20, 20, 15, 15], 'Khá'),
        problems: [
          {
            path: 'assessment.rating', line: 65, column: 11,
            message: {
              vi: 'Chi bộ tự xếp loại Khá, nhưng với 90 điểm, kỳ sinh hoạt đạt loại Tốt. Hãy kiểm tra lại xếp loại hoặc điểm.',
              en: 'Rated Khá, but with 90 points the meeting reaches Tốt. Check the rating or the scores.',
            },
          },
        ],
      },
    ],
  },
  'assessment-missing': {
    valid: [{ name: 'an assessment with scores and rating', change: () => {} }],
    invalid: [
      {
        name: 'no assessment', change: (r) => { delete r.assessment; },
        problems: [
          {
            path: 'assessment', line: 1, column: 1,
            message: {
              vi: 'Biên bản chưa có phần "assessment" (tự đánh giá, xếp loại): hãy ghi điểm tự chấm từng tiêu chí và tự xếp loại. Khi chưa có, chỉ những mục tính được từ nội dung biên bản mới được cộng điểm.',
              en: 'The record has no self-assessment (assessment): write the score of each criterion and the rating. Until then, only the items measured from the facts are scored.',
            },
          },
        ],
      },
    ],
  },
  'score-missing': {
    valid: [{ name: 'every criterion claimed', change: () => {} }],
    invalid: [
      {
        name: 'criterion 4 not claimed', change: (r) => { delete r.assessment.scores['4']; delete r.assessment.total; },
        problems: [
          {
            path: 'assessment.scores', line: 58, column: 3,
            message: {
              vi: 'Chưa tự chấm tiêu chí 4 (Thực hiện nguyên tắc tổ chức, sinh hoạt đảng); tiêu chí này do chi bộ tự đánh giá nên được tính 0 điểm. Hãy ghi điểm vào "assessment.scores" (điểm tự chấm).',
              en: 'Criterion 4 (Principles of Party organisation and activity observed) has no claimed score; it is judged by the cell and so counts 0. Write the score in assessment.scores.',
            },
          },
        ],
      },
      {
        name: 'only a rating, no scores', change: (r) => { r.assessment = { rating: 'Khá' }; },
        problems: [
          {
            path: 'assessment', line: 57, column: 1,
            message: {
              vi: 'Chưa tự chấm tiêu chí 2 (Công tác chuẩn bị); mục 2.3 do chi bộ tự đánh giá nên được tính 0 điểm. Hãy ghi điểm vào "assessment.scores" (điểm tự chấm).',
              en: 'Criterion 2 (Preparation) has no claimed score; item 2.3 is judged by the cell and so counts 0. Write the score in assessment.scores.',
            },
          },
          {
            path: 'assessment', line: 57, column: 1,
            message: {
              vi: 'Chưa tự chấm tiêu chí 3 (Tổ chức sinh hoạt); mục 3.2 do chi bộ tự đánh giá nên được tính 0 điểm. Hãy ghi điểm vào "assessment.scores" (điểm tự chấm).',
              en: 'Criterion 3 (Conduct of the meeting) has no claimed score; item 3.2 is judged by the cell and so counts 0. Write the score in assessment.scores.',
            },
          },
          {
            path: 'assessment', line: 57, column: 1,
            message: {
              vi: 'Chưa tự chấm tiêu chí 4 (Thực hiện nguyên tắc tổ chức, sinh hoạt đảng); tiêu chí này do chi bộ tự đánh giá nên được tính 0 điểm. Hãy ghi điểm vào "assessment.scores" (điểm tự chấm).',
              en: 'Criterion 4 (Principles of Party organisation and activity observed) has no claimed score; it is judged by the cell and so counts 0. Write the score in assessment.scores.',
            },
          },
        ],
      },
    ],
  },
};

for (const [id, table] of Object.entries(tables)) ruleTester.run(id, table);
