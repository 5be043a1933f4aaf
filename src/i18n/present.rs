//! Strings of the moments-of-truth map and of workshop mode (the projected slides).

use super::texts;

texts!(
    /// Strings of the map and the workshop slides.
    PresentTexts {
        map_hint: "Columns follow the journey. In each, {m} features that fail come first, then {o} ones, then {a} ones that can delight; a ring marks where it matters most.", "每一列是旅程中的一个触点。列内先列出不满风险最高的{m}功能，再是{o}功能，然后是能带来惊喜的{a}功能；加粗边框标出最关键的功能。";
        no_features: "No features yet: add them on the Features tab.", "还没有功能：请在“功能”页添加。";
        column_count_tip: "{category}: {n} features", "{category}：{n} 个功能";
        better_abs_worse: "Better {better} · |Worse| {worse}", "满意系数 Better {better} · 不满意系数 |Worse| {worse}";
        bar_better: "Better", "满意度";
        bar_worse: "|Worse|", "不满度";
        n_value: "n = {n}", "n = {n}";
        no_answers: "No answers yet", "尚无回答";
        mixed: "Mixed", "意见分化";
        at_risk: "{m} at risk: many are dissatisfied without it", "{m}功能有风险：缺少时很多人会不满";
        delight: "Chance to delight: many are pleased to have it", "惊喜机会：具备时很多人会满意";
        card_tip: "Click to select this feature", "点击选中该功能";
        slide_card_tip: "Click to show the whole distribution", "点击查看完整分布";
        slide_better_worse: "Better–Worse diagram", "Better–Worse 图";
        slide_shares: "Category distribution", "类别分布";
        slide_map: "Moments of truth", "关键时刻地图";
        slide_touchpoint: "Moment of truth: {name}", "关键时刻：{name}";
        slide_counter: "{n} / {total}", "第 {n} / {total} 页";
        slide_page: "{title} ({page}/{pages})", "{title}（{page}/{pages}）";
        respondents: "{n} respondents", "{n} 位受访者";
        hint: "Left/Right or PageUp/PageDown: slides · B: blank · W: white · I: intervals · Ctrl +/-/0: zoom · Ctrl+Shift+L: phones · Esc: leave", "左/右方向键或 PageUp/PageDown：翻页 · B：黑屏 · W：白屏 · I：置信区间 · Ctrl +/-/0：缩放 · Ctrl+Shift+L：手机作答 · Esc：退出";
        blank_hint: "Press B or an arrow key to show the slide", "按 B 或方向键显示幻灯片";
        distribution_title: "Distribution of answers", "回答分布";
        share_row: "{count} · {share}", "{count} 人 · {share}";
        close_hint: "Click or press Esc to close", "点击或按 Esc 关闭";
        intervals_toggle: "95% intervals (I)", "95% 置信区间（I）";
        intervals_toggle_tip: "Draw each point's 95% intervals as whiskers (the same setting as on the Plots tab)", "以误差线画出每个点的 95% 置信区间（与“图表”页的设置相同）";
        leave_button: "Leave workshop mode", "退出研讨模式";
        next_page: "The next page of the map", "地图的下一页";
        previous_page: "The previous page of the map", "地图的上一页";
    }
);
