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
        compare_caption: "Arrows from {from} to {to}", "箭头从{from}指向{to}";
        compare_left_out: "Features left out: {n} (a segment has fewer than {min} answers to them: too few to say anything)", "未显示 {n} 个功能：某个细分群体对其回答少于 {min} 个，无从判断";
        compare_ring: "in “{segment}”", "在“{segment}”";
        compare_arrow: "to “{segment}” (filled point)", "到“{segment}”（实心点）";
        compare_differs: "differs (p adj. < 0.05)", "有差异（校正后 p < 0.05）";
        compare_point_tip: "{name}\n{from}: Better {from_better} · |Worse| {from_worse}\n{to}: Better {to_better} · |Worse| {to_worse}", "{name}\n{from}：Better {from_better} · |Worse| {from_worse}\n{to}：Better {to_better} · |Worse| {to_worse}";
        key_more: "…and {n} more: hover a point or see the table", "……另有 {n} 个：悬停在点上或查看结果表";
    }
);
