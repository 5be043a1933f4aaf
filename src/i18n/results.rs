//! Strings of the Results and Plots tabs: the filters, the analysis settings, the results table's
//! columns and their formulas, and the three plots.

use super::texts;

texts!(
    /// Strings of the Results and Plots tabs.
    ResultsTexts {
        segment: "Segment", "细分人群";
        segment_tip: "Show the results of one group of respondents only", "只显示某一组受访者的结果";
        all_segments: "All respondents", "全部受访者";
        touchpoint: "Touchpoint", "触点";
        touchpoint_tip: "Show only the features of one moment of truth", "只显示某一关键时刻（触点）的功能";
        all_touchpoints: "All touchpoints", "全部触点";
        no_touchpoint: "Without touchpoint", "未归入触点";
        respondents_all: "{n} respondents", "{n} 位受访者";
        respondents_segment: "{n} of {total} respondents (segment “{segment}”)", "{total} 位受访者中的 {n} 位（细分人群“{segment}”）";
        features_shown: "{shown} of {total} features", "{total} 个功能中的 {shown} 个";
        show_shares: "Shares", "显示占比";
        show_shares_tip: "Show each category as a share of n instead of a count", "以占 n 的百分比代替人数显示各类别";
        analysis: "Analysis", "分析设置";
        table_tip: "Which evaluation table turns an answer pair into a category", "用哪张评价表把一对回答归入类别";
        table_standard_tip: "The classic 5×5 table: only like/like and dislike/dislike are questionable", "经典 5×5 评价表：只有“喜欢/喜欢”和“不喜欢/不喜欢”判为可疑";
        table_pouliot_tip: "The same answer to both questions is questionable, except neutral/neutral", "两题回答相同即判为可疑（“无所谓/无所谓”除外）";
        rule_tip: "How one category is chosen for a feature from its counts", "如何根据各类别人数为功能确定一个类别";
        rule_max_tip: "The most frequent category; ties go M > O > A > I > R > Q", "取人数最多的类别；并列时按 M > O > A > I > R > Q";
        rule_strength_tip: "As most frequent, but when the top two are within 6% of n the one first in M > O > A > I > R wins", "同最大频数；若前两名相差不超过 n 的 6%，取 M > O > A > I > R 中靠前者";
        rule_oam_tip: "If A+O+M > I+R+Q, the largest of M, O, A; otherwise the largest of I, R, Q", "若 A+O+M > I+R+Q，取 M、O、A 中最大者；否则取 I、R、Q 中最大者";
        quadrant_tip: "Where the lines of the Better–Worse diagram stand", "Better–Worse 图中象限分界线的位置";
        quadrant_fixed_tip: "Lines at 0.5 on both axes (common in Western practice)", "两轴均在 0.5 处分界（西方常用）";
        quadrant_mean_tip: "Lines at the mean Better and mean |Worse| over all features (common in Chinese practice)", "以全部功能的 Better 均值和 |Worse| 均值分界（国内常用）";
        step_table: "Change evaluation table", "更改评价表";
        step_rule: "Change category rule", "更改归类规则";
        step_quadrant: "Change quadrant lines", "更改象限线";
        col_number: "#", "序号";
        col_number_tip: "Position in the project. Click to restore the project order.", "在项目中的位置。点击恢复项目顺序。";
        col_feature: "Feature", "功能";
        col_feature_tip: "The feature's short name. Click a row to select the feature.", "功能的简称。点击一行即可选中该功能。";
        col_n_tip: "n: respondents who answered both questions", "n：两个问题都回答了的受访者人数";
        col_count_tip: "{letter}: respondents whose answer pair makes the feature {category} ({meaning})", "{letter}：回答组合将该功能归为“{category}”（{meaning}）的人数";
        col_share_tip: "{letter}: share of n whose answer pair makes the feature {category} ({meaning})", "{letter}：回答组合将该功能归为“{category}”（{meaning}）的人数占 n 的比例";
        col_category_tip: "The category by the rule in force. The full distribution is in the columns A to Q: one letter can hide a split audience.", "按当前归类规则得出的类别。A 到 Q 各列是完整分布：单个字母可能掩盖意见分化。";
        col_better_tip: "Better = (A + O) / (A + O + M + I): how much having the feature raises satisfaction, 0 to 1", "Better = (A + O) / (A + O + M + I)：具备该功能能提升多少满意度，0 到 1";
        col_worse_tip: "Worse = −(O + M) / (A + O + M + I): how much lacking the feature lowers satisfaction, −1 to 0", "Worse = −(O + M) / (A + O + M + I)：缺少该功能会降低多少满意度，−1 到 0";
        col_total_strength_tip: "Total strength = (A + O + M) / n: how much the feature matters at all", "总强度 = (A + O + M) / n：该功能总体上有多重要";
        col_category_strength_tip: "Category strength = (a − b) / n, a and b the two largest of A, O, M, I, R. Below 6% the feature is a mix of two categories.", "类别强度 = (a − b) / n，a、b 为 A、O、M、I、R 中最大的两个。低于 6% 表示该功能介于两个类别之间。";
        col_significance_tip: "Fong's test: the two leading categories differ significantly when |a − b| ≥ 1.65 · √((a + b)(2n − a − b) / (2n))", "Fong 检验：当 |a − b| ≥ 1.65 · √((a + b)(2n − a − b) / (2n)) 时，前两个类别差异显著";
        col_importance_tip: "Mean self-stated importance, from 1 (not at all important) to 9 (extremely important)", "自评重要度均值，1（完全不重要）到 9（极其重要）";
        sort_tip: "Click to sort by this column; click again to reverse.", "点击按此列排序；再次点击反向排序。";
        fong_detail: "{first} {a} against {second} {b}: |a − b| = {difference}, critical value {critical}", "{first} {a} 对 {second} {b}：|a − b| = {difference}，临界值 {critical}";
        mixed_between: "Split between {first} and {second}.", "在{first}与{second}之间分化。";
        no_answers: "Nobody in this selection answered both questions.", "所选受访者中没有人同时回答这两个问题。";
        no_features: "No feature matches the filter.", "没有符合筛选条件的功能。";
        category_badge_tip: "{category} ({meaning})", "{category}（{meaning}）";
        plot_better_worse: "Better–Worse diagram", "Better–Worse 图";
        plot_better_worse_tip: "Each feature by how much it satisfies when present and dissatisfies when absent", "按“具备时的满意度提升”和“缺少时的不满”定位每个功能";
        plot_shares: "Category shares", "类别占比";
        plot_shares_tip: "The whole distribution of categories per feature", "每个功能的完整类别分布";
        plot_continuous: "Continuous analysis", "连续分析";
        plot_continuous_tip: "Mean functional against mean dysfunctional score, with standard deviations (DuMouchel)", "正向得分均值对反向得分均值，含标准差（DuMouchel）";
        axis_worse: "|Worse|: dissatisfaction when absent", "|Worse|：缺少时的不满程度";
        axis_better: "Better: satisfaction when present", "Better：具备时的满意程度";
        axis_share: "Share of respondents", "受访者占比";
        axis_dysfunctional: "Mean dysfunctional score (−2 to 4)", "反向问题得分均值（−2 到 4）";
        axis_functional: "Mean functional score (−2 to 4)", "正向问题得分均值（−2 到 4）";
        point_size_note: "Point size: mean importance.", "点的大小：重要度均值。";
        plot_hint: "Click a point to select its feature. Scroll to zoom, drag to move, double-click to reset.", "点击数据点可选中对应功能。滚轮缩放，拖动平移，双击复原。";
        bars_hint: "Click a bar to select its feature.", "点击条形可选中对应功能。";
        no_points: "No feature in this selection has answers yet: enter responses to see the plot.", "所选范围内的功能还没有回答：录入回答后即可看到图表。";
        hover_better_worse: "Better {better} · Worse {worse}", "满意系数 Better {better} · 不满意系数 Worse {worse}";
        hover_n: "n = {n}", "n = {n}";
        hover_importance: "Importance {mean}", "重要度 {mean}";
        hover_no_importance: "No importance given", "未填写重要度";
        hover_functional: "Functional {mean} ± {sd}", "正向 {mean} ± {sd}";
        hover_dysfunctional: "Dysfunctional {mean} ± {sd}", "反向 {mean} ± {sd}";
        hover_share: "{category}: {share} ({count} of {n})", "{category}：{share}（{n} 人中的 {count} 人）";
        quadrant_lines_at: "Quadrant lines at |Worse| {x} and Better {y}", "象限线：|Worse| {x}，Better {y}";
    }
);
