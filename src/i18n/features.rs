//! Strings of the Features tab and the side panel.

use super::texts;

texts!(
    /// Strings of the Features tab and the side panel.
    FeaturesTexts {
        project_title: "Project title", "项目标题";
        project_title_hint: "Name this project", "为此项目命名";
        project_title_tip: "Click to rename the project; it is also the suggested file name.", "点击以重命名项目；它也是建议的文件名。";
        no_touchpoint: "No touchpoint", "未归入触点";
        filter_touchpoint_tip: "Show only the features of “{touchpoint}”, here and in the results and plots", "只显示“{touchpoint}”的功能（此处以及结果和图表中）";
        clear_filter_tip: "Show every feature again", "重新显示所有功能";
        filtered_to: "Showing only “{touchpoint}”", "仅显示“{touchpoint}”";
        show_all: "Show all", "显示全部";
        collapse_tip: "Hide this touchpoint's features", "收起此触点的功能";
        expand_tip: "Show this touchpoint's features", "展开此触点的功能";
        category_count_tip: "{category}: {n}", "{category}：{n} 个";
        no_features: "No features yet. Add one to write its question pair.", "还没有功能。添加一个功能并编写其成对问题。";
        no_selection: "Select a feature in the list, or add one.", "请在列表中选择一个功能，或添加一个。";
        nothing_under_filter: "No feature is in this group.", "没有功能属于此分组。";
        duplicate: "Duplicate", "复制";
        duplicate_tip: "Add a copy of this feature's texts right after it (answers are not copied)", "在其后添加此功能文本的副本（不复制回答）";
        delete: "Delete", "删除";
        delete_tip: "Delete this feature and all its answers (Delete key). Undo (Ctrl+Z) brings both back.", "删除此功能及其全部回答（Delete 键）。撤销（Ctrl+Z）可将两者全部恢复。";
        move_up: "Move up", "上移";
        move_up_tip: "Move earlier in the journey (Alt+Up)", "在旅程中前移（Alt+Up）";
        move_down: "Move down", "下移";
        move_down_tip: "Move later in the journey (Alt+Down)", "在旅程中后移（Alt+Down）";
        drag_tip: "Click to edit; drag to reorder", "点击编辑；拖动调整顺序";
        name: "Name", "名称";
        name_hint: "A short name for tables and plots", "用于表格和图表的简短名称";
        name_empty: "A feature needs a name: tables and plots would show a blank.", "功能需要名称，否则表格和图表中将显示空白。";
        id: "Id", "ID";
        id_hint: "The unique key answers and files use", "回答和文件所用的唯一键";
        id_tip: "Answers are filed under this id in project files and CSV exports.", "项目文件和 CSV 导出中的回答按此 ID 归档。";
        id_empty: "The id cannot be empty. It stays “{kept}” until you type one.", "ID 不能为空。在您输入新的 ID 之前，仍保留“{kept}”。";
        id_taken: "“{id}” is already the id of “{other}”. The id stays “{kept}” until you choose a free one.", "“{id}”已是“{other}”的 ID。在您选择未被占用的 ID 之前，仍保留“{kept}”。";
        revert_id: "Revert", "还原";
        revert_id_tip: "Go back to the id in use, “{kept}”", "恢复为正在使用的 ID“{kept}”";
        touchpoint: "Touchpoint", "触点";
        dimension: "SERVQUAL dimension", "服务质量维度";
        dimension_tip: "The service-quality dimension the feature serves (Parasuraman, Zeithaml & Berry 1988): group the results by it to see whether the basics are about reliability or empathy", "该功能体现的服务质量维度（Parasuraman、Zeithaml 与 Berry，1988）：按维度分组查看结果，可看出基本需求关乎可靠性还是移情性";
        no_dimension: "No dimension", "未分配维度";
        step_dimension: "Change dimension", "修改维度";
        touchpoint_hint: "Journey stage, e.g. Ticketing", "旅程阶段，例如：购票";
        touchpoint_pick: "Choose…", "选择…";
        touchpoint_pick_tip: "Choose an existing touchpoint", "选择已有触点";
        touchpoint_none_tip: "Features without a touchpoint are listed last", "未分配触点的功能列在最后";
        functional_hint: "Asked about having the feature", "询问具备该功能时的感受";
        dysfunctional_hint: "Asked about not having the feature", "询问不具备该功能时的感受";
        question_empty: "No question text yet: respondents would see a blank question.", "尚无问题文本：受访者将看到空白问题。";
        generate_questions: "Generate questions", "生成问题";
        generate_questions_tip: "Write both questions from the name with the standard wording, to edit afterwards. Replaces the current wording; Undo (Ctrl+Z) restores it.", "根据名称按标准句式生成两个问题，之后可再修改。会替换当前问题；撤销（Ctrl+Z）可恢复。";
        functional_template: "If {name} were available, how would you feel?", "如果提供{name}，您的感受是？";
        dysfunctional_template: "If {name} were not available, how would you feel?", "如果不提供{name}，您的感受是？";
        notes: "Notes", "备注";
        notes_hint: "Context, sources, decisions", "背景、来源、决定";
        current_result: "Current result", "当前结果";
        no_answers: "No answers yet", "尚无回答";
        summary: "{category} · n = {n} · Better {better} · Worse {worse}", "{category} · 样本量 {n} · Better {better} · Worse {worse}";
        summary_without_coefficients: "{category} · n = {n}", "{category} · 样本量 {n}";
        copy_name: "{name} (copy)", "{name}（副本）";
        step_rename_project: "Rename project", "重命名项目";
        step_rename: "Rename feature", "重命名功能";
        step_change_id: "Change feature id", "修改功能 ID";
        step_functional: "Edit functional question", "编辑正向问题";
        step_dysfunctional: "Edit dysfunctional question", "编辑反向问题";
        step_generate: "Generate questions", "生成问题";
        step_touchpoint: "Change touchpoint", "修改触点";
        step_notes: "Edit notes", "编辑备注";
        step_delete: "Delete feature", "删除功能";
        step_duplicate: "Duplicate feature", "复制功能";
        step_move: "Move feature", "移动功能";
    }
);
