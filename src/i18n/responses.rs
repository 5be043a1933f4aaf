//! Strings of the Responses tab: the grid of every respondent's answers, its answer picker,
//! the keyboard hints and the messages about respondent ids.

use super::texts;

texts!(
    /// Strings of the Responses tab.
    ResponsesTexts {
        title: "Responses", "回答";
        grid_name: "Responses grid", "回答表格";
        grid_help: "Respondents as rows, features as columns. Arrow keys move; 1–5 enter the functional then the dysfunctional answer; i then 1–9 sets importance; 0 or Delete clears; Space opens the picker; F2 renames.", "每行一位受访者，每列一个功能。方向键移动；按 1–5 先录入正向问题、再录入反向问题的回答；按 i 再按 1–9 设置重要度；0 或 Delete 清除；空格键打开选择框；F2 重命名。";
        respondent_column: "Respondent", "受访者";
        segment_column: "Segment", "细分群体";
        respondent_id: "Respondent id", "受访者编号";
        segment: "Segment", "细分群体";
        segment_of: "Segment of {id}: {segment}", "{id} 的细分群体：{segment}";
        no_segment: "—", "—";
        filter: "Filter", "筛选";
        filter_hint: "Respondent id or segment", "受访者编号或细分群体";
        clear_filter: "Clear filter", "清除筛选";
        showing: "{shown} of {total} respondents", "显示 {shown} / {total} 位受访者";
        delete_one: "Delete respondent", "删除受访者";
        delete_many: "Delete {n} respondents", "删除 {n} 位受访者";
        delete_tip: "Remove the selected respondents and all their answers (Ctrl+Delete). Undo brings them back.", "删除所选受访者及其全部回答（Ctrl+Delete）。可以撤销恢复。";
        rename: "Rename respondent", "重命名受访者";
        rename_tip: "Change the selected respondent's id (F2). Double-click an id or a segment to edit it in place.", "修改所选受访者的编号（F2）。双击编号或细分群体可直接编辑。";
        step_set_answer: "Set answer", "设置回答";
        step_clear_answer: "Clear answer", "清除回答";
        step_set_importance: "Set importance", "设置重要度";
        step_rename: "Rename respondent", "重命名受访者";
        step_segment: "Change segment", "更改细分群体";
        step_delete_one: "Delete respondent", "删除受访者";
        step_delete_many: "Delete {n} respondents", "删除 {n} 位受访者";
        id_empty: "A respondent id cannot be empty. The id stays “{old}” until you type one.", "受访者编号不能为空。在您输入新编号之前，编号仍为“{old}”。";
        id_taken: "Another respondent already has the id “{id}”. The id stays “{old}” until you choose a free one.", "已有其他受访者使用编号“{id}”。在您选择未被使用的编号之前，编号仍为“{old}”。";
        awaiting_functional: "{cell}: press 1–5 for the functional answer", "{cell}：按 1–5 录入正向问题的回答";
        awaiting_dysfunctional: "{cell}: functional “{answer}”; press 1–5 for the dysfunctional answer", "{cell}：正向为“{answer}”；按 1–5 录入反向问题的回答";
        awaiting_importance: "{cell}: press {min}–{max} for the importance (0 removes it)", "{cell}：按 {min}–{max} 设置重要度（0 为删除）";
        cell_name: "{respondent} · {feature}", "{respondent} · {feature}";
        key_legend: "{key} {code}: {answer}", "{key} {code}：{answer}";
        no_cell_selected: "Click a cell, or use the arrow keys, to enter answers.", "点击单元格或使用方向键开始录入回答。";
        side_answer: "{side}: {answer}", "{side}：{answer}";
        importance_value: "Importance {n}", "重要度 {n}";
        no_importance: "No importance", "不设重要度";
        none: "None", "无";
        clear_cell: "Clear", "清除";
        clear_cell_tip: "Remove both answers and the importance of this cell (0 or Delete)", "清除此单元格的两个回答和重要度（0 或 Delete）";
        done: "Done", "完成";
        category_of_pair: "Category: {category}", "类别：{category}";
        not_answered: "Not answered", "未回答";
        incomplete: "Incomplete: one question not answered", "不完整：有一个问题未回答";
        cell_value: "{functional} / {dysfunctional}", "{functional} / {dysfunctional}";
        header_tip: "{name}\nId: {id}", "{name}\n编号：{id}";
        header_touchpoint: "Touchpoint: {touchpoint}", "触点：{touchpoint}";
        no_features: "This project has no features yet. Add features on the Features tab, then enter the answers here.", "此项目还没有功能。请先在“功能”页添加功能，再在这里录入回答。";
        no_respondents: "No respondents yet. Add one to start entering answers.", "还没有受访者。添加一位受访者即可开始录入回答。";
        no_match: "No respondent matches “{filter}”.", "没有与“{filter}”匹配的受访者。";
    }
);
