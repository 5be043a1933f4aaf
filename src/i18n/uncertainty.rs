//! Strings of "how sure are we?": intervals, category confidence, and segments compared, as the
//! report, the spreadsheet and the command line write them.

use super::texts;

texts!(
    /// Strings about the uncertainty of figures and the comparison of segments.
    UncertaintyTexts {
        better_interval: "Better 95% interval", "Better 95% 区间";
        worse_interval: "Worse 95% interval", "Worse 95% 区间";
        better_low: "Better, 95% low", "Better 95% 下限";
        better_high: "Better, 95% high", "Better 95% 上限";
        worse_low: "Worse, 95% low", "Worse 95% 下限";
        worse_high: "Worse, 95% high", "Worse 95% 上限";
        confidence: "Category confidence", "类别置信度";
        settled: "Category settled", "类别已确定";
        not_settled: "not settled ({confidence})", "尚未确定（{confidence}）";
        intervals_note: "Figures in brackets are 95% intervals (Wilson). A category is “not settled” when fewer than 60% of 2,000 resamples of its answers give the same category.", "括号内为 95% 区间（Wilson 法）。若对回答重抽样 2,000 次、得到相同类别的比例低于 60%，该类别标为“尚未确定”。";
        p_value: "p", "p 值";
        p_adjusted: "p adj.", "校正 p 值";
        differs: "Differs", "存在差异";
        differs_yes: "yes", "是";
        differs_no: "no", "否";
        too_small: "too small to say", "样本太少，无法判断";
        compare_note: "p: chi-square test of the category counts, or a permutation test (10,000 permutations) where counts are small; “Differs” when p < 0.05. p adj.: Benjamini–Hochberg over the {n} features tested. A segment with fewer than {min} answers to a feature is too small to say anything.", "p 值：对各类别人数做卡方检验，人数较少时改用置换检验（10,000 次置换）；p < 0.05 即“存在差异”。校正 p 值：对已检验的 {n} 个功能做 Benjamini–Hochberg 校正。某功能在某细分群体中回答少于 {min} 份时，样本太少，无法判断。";
        segment_unknown: "no respondent is in the segment {segment}; the segments are: {known}", "细分群体 {segment} 中没有受访者；现有细分群体：{known}";
        segments_compared: "Segments compared: {segments}", "对比的细分群体：{segments}";
        compare_needs_two: "--compare needs at least two different segments", "--compare 至少需要两个不同的细分群体";
        group: "Group", "分组";
        group_features: "Features", "功能数";
        better_mean: "Mean Better", "平均 Better";
        worse_mean: "Mean Worse", "平均 Worse";
        categories: "Categories", "类别";
        no_dimension: "No dimension", "未指定维度";
    }
);
