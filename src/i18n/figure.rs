//! Strings of the pictures themselves: captions saying what is shown, and the key of numbered
//! points.

use super::texts;

texts!(
    /// Strings drawn into every picture.
    FigureTexts {
        caption_all: "All respondents (n = {n})", "全部受访者（n = {n}）";
        caption_segment: "Segment “{segment}” (n = {n})", "细分群体“{segment}”（n = {n}）";
        caption_no_segment: "Respondents without a segment (n = {n})", "未分组的受访者（n = {n}）";
        caption_touchpoint: "{shown} · touchpoint “{touchpoint}” only", "{shown} · 仅触点“{touchpoint}”";
        key_title: "Numbered points", "编号的点";
        key_more: "…and {n} more: hover a point or see the table", "……另有 {n} 个：悬停在点上或查看结果表";
    }
);
