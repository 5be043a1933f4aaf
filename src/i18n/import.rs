//! Strings of File ▸ Import's dialog and of what the studio says after an import.

use super::texts;

texts!(
    /// Strings of the import dialog.
    ImportTexts {
        title: "Import “{file}”", "导入“{file}”";
        pasted_name: "pasted table", "粘贴的表格";
        paste_hint: "Or paste a table copied from a spreadsheet here (Ctrl+V): it takes the place of this file.", "也可以在这里粘贴从电子表格复制的表格（Ctrl+V），它将取代当前文件。";
        file_summary: "{rows} respondent rows · {columns} columns · {source}", "{rows} 行受访者数据 · {columns} 列 · {source}";
        source_text: "{encoding} text, separated by {separator}", "{encoding} 文本，以{separator}分隔";
        source_sheet: "sheet “{sheet}”", "工作表“{sheet}”";
        separator_comma: "commas", "逗号";
        separator_semicolon: "semicolons", "分号";
        separator_tab: "tabs", "制表符";
        first_rows: "First rows", "前几行";
        first_rows_of: "({shown} of {rows})", "（共 {rows} 行，显示 {shown} 行）";
        use_functional: "functional", "正向问题";
        use_dysfunctional: "dysfunctional", "反向问题";
        use_importance: "importance", "重要度";
        use_id: "respondent id", "受访者编号";
        use_segment: "segment", "细分群体";

        features_heading: "Features: one pair of questions each", "功能：每个功能对应一对问题";
        features_hint: "Pick the column of each question. Features come from column names such as wifi_functional / wifi_dysfunctional, or from question texts that ask the same with and without a negation (“… have this? - Childcare” / “… not have this? - Childcare”); pair any others here.", "为每个问题选择所在的列。功能按 wifi_functional / wifi_dysfunctional 这类列名，或按肯定与否定两种问法相同的题目文字（如“如果提供……—免费无线网络”与“如果不提供……—免费无线网络”）自动识别；其余的请在此手动配对。";
        feature_id: "Feature id", "功能编号";
        feature_id_hint: "id", "编号";
        feature_id_name: "Id of feature {n}", "第 {n} 个功能的编号";
        functional_column: "Functional question", "正向问题";
        dysfunctional_column: "Dysfunctional question", "反向问题";
        importance_column: "Importance (optional)", "重要度（可选）";
        in_open_project: "In the open project", "当前项目中的功能";
        functional_of: "Functional column of {id}", "{id} 的正向问题列";
        dysfunctional_of: "Dysfunctional column of {id}", "{id} 的反向问题列";
        importance_of: "Importance column of {id}", "{id} 的重要度列";
        pick_column: "Pick a column…", "选择一列…";
        no_importance: "None", "无";
        matches_feature: "“{name}”", "“{name}”";
        not_in_project: "Not in the project", "项目中没有此功能";
        remove_feature: "Leave this feature out of the import", "不导入此功能";
        remove_feature_name: "Remove {id}", "移除 {id}";
        no_features_found: "No question pairs were recognised from the column names. Press “Suggest pairs” to pair neighbouring columns of answers, or “Add feature” and pick the two columns yourself.", "未能从列名识别出成对的问题。可点击“推荐配对”把相邻的回答列配成一对，或点击“添加功能”自行选择两列。";
        add_feature: "Add feature", "添加功能";
        add_feature_tip: "Add a feature and pick its two question columns", "添加一个功能并选择它的两个问题列";
        suggest_pairs: "Suggest pairs", "推荐配对";
        suggest_pairs_tip: "Pair neighbouring columns whose cells are answers (“I like it” … or 1–5) among the columns not used yet; the question about not having the feature becomes the dysfunctional one", "在尚未使用的列中，把相邻且内容为回答（“我很喜欢”等或 1–5）的两列配成一对；询问“不具备该功能”的那一列作为反向问题";
        id_column: "Respondent id", "受访者编号";
        id_column_tip: "The column that names each respondent; every row needs a different one", "标识每位受访者的列；每一行的值都必须不同";
        numbered_ids: "None: number them r-0001, r-0002, …", "无：按 r-0001、r-0002…… 编号";
        id_column_name: "Respondent id column", "受访者编号列";
        segment_column: "Segment", "细分群体";
        segment_column_name: "Segment column", "细分群体列";
        segment_column_tip: "A column that sorts respondents into groups (user type, city…), to compare results between them", "把受访者分组的列（用户类型、城市等），用于比较各组的结果";
        no_segment: "None", "无";

        codes_heading: "The answers are numbers", "回答是数字";
        codes_question: "Which order did the survey use for 1 to 5?", "问卷中 1 到 5 是按哪种顺序编码的？";
        codes_order: "1 = {first} … 5 = {last}", "1 = {first} … 5 = {last}";
        codes_settled: "The file's own texts (such as “1 - I like it”) show this order.", "文件中的文字（如“1 - 我很喜欢”）表明了这一顺序。";
        codes_undecided: "Choose which order the survey used for the codes 1 to 5.", "请选择问卷中 1 到 5 的编码顺序。";
        texts_heading: "Answer texts", "回答文字";
        texts_hint: "Every text found in the answer columns and the answer it counts as. Texts that match no answer are listed first: pick what each means.", "回答列中出现的每种文字及其对应的回答。无法识别的文字排在最前面，请为每个选择含义。";
        no_texts: "No answer columns chosen yet.", "尚未选择回答列。";
        text_in_file: "Text in the file", "文件中的文字";
        cells: "Cells", "单元格数";
        counts_as: "Counts as", "视为";
        meaning_of: "Meaning of “{text}”", "“{text}”的含义";
        chosen_answer: "{answer} (chosen)", "{answer}（手动指定）";
        not_mapped: "Not mapped", "未对应";
        awaits_codes: "Order not chosen", "未选编码顺序";
        by_code_order: "By the order of codes", "按编码顺序";

        import_into: "Import into:", "导入到：";
        into_new_project: "a new project “{title}”", "新项目“{title}”";
        into_open_project: "the open project “{title}”, as more respondents", "当前项目“{title}”，作为新增受访者";
        into_open_project_tip: "Features are matched by id; the project's features that the file lacks stay unanswered. One undo takes all of them out again.", "按编号匹配功能；文件中没有的项目功能保持未作答。一次撤销即可全部移除。";
        taken_ids: "Ids the project already has:", "项目中已有的编号：";
        refuse_taken: "stop and list them", "停止导入并列出";
        renumber_taken: "give those respondents new ids", "为这些受访者重新编号";
        will_renumber: "Respondents who get new ids: {n}.", "将重新编号的受访者：{n} 位。";
        numbered_after: "Respondents are numbered after the project's own.", "受访者将接在项目现有编号之后编号。";

        blocked_heading: "Before you can import:", "导入前还需处理：";
        ready_new: "Ready to import into a new project — respondents: {respondents}, features: {features}.", "准备就绪：将把 {respondents} 位受访者和 {features} 个功能导入新项目。";
        ready_append: "Ready to add to the open project — respondents: {respondents}.", "准备就绪：将向当前项目添加 {respondents} 位受访者。";
        no_rows: "The file has column names but no respondent rows.", "文件只有列名，没有受访者数据行。";
        no_features: "No feature yet: pair the question columns (Suggest pairs, or Add feature).", "还没有功能：请配对问题列（推荐配对或添加功能）。";
        missing_column: "Feature “{id}”: pick the column of its {role} question.", "功能“{id}”：请选择它的{role}列。";
        empty_feature_id: "Feature {n} has no id.", "第 {n} 个功能没有编号。";
        repeated_feature_id: "Two features have the id “{id}”.", "有两个功能的编号都是“{id}”。";
        column_used_twice: "Column {column} is chosen for more than one question.", "列 {column} 被选作了多个问题。";
        problem_missing_partner: "Column {column} is the {role} question of “{id}”, but no column holds its {missing} question.", "列 {column} 是“{id}”的{role}，但没有列对应它的{missing}。";
        problem_lone_importance: "Column {column} gives an importance for “{id}”, which has no questions.", "列 {column} 给出了“{id}”的重要度，但该功能没有问题列。";
        problem_duplicate: "Columns {column} and {other} are both the {role} question of “{id}”; the first one is used.", "列 {column} 和 {other} 都是“{id}”的{role}；将使用前一列。";
        role_functional: "functional", "正向问题";
        role_dysfunctional: "dysfunctional", "反向问题";
        role_importance: "importance", "重要度";
        add_as_feature: "Add as feature", "添加为功能";
        leave_out: "Leave out", "忽略此列";
        unmapped_texts: "Answer texts that match no answer: {n}. Pick what each means under “Answer texts”.", "有 {n} 种回答文字无法识别：请在“回答文字”中为每个选择含义。";
        bad_importance: "Column {column}, row {row}: “{text}” is not an importance from 1 to 9. Pick another importance column, or none.", "列 {column} 第 {row} 行：“{text}”不是 1 到 9 的重要度。请选择其他重要度列，或选“无”。";
        empty_id: "Column {column} cannot hold the respondent ids: row {row} has none. Pick another column, or none.", "列 {column} 不能作为受访者编号：第 {row} 行为空。请选择其他列，或选“无”。";
        repeated_id: "Column {column} cannot hold the respondent ids: “{id}” is in row {first_row} and again in row {row}.", "列 {column} 不能作为受访者编号：“{id}”出现在第 {first_row} 行，又出现在第 {row} 行。";
        unknown_features: "The open project has no feature {ids}: change the ids to match its features, or import into a new project.", "当前项目中没有功能 {ids}：请修改编号以匹配项目中的功能，或导入到新项目。";
        ids_taken: "Respondent ids already in the open project ({n}): {ids}. Choose to give them new ids, or pick another id column.", "有 {n} 个受访者编号在当前项目中已存在：{ids}。请选择重新编号，或选择其他编号列。";
        id_in_row: "“{id}” (row {row})", "“{id}”（第 {row} 行）";

        import_failed: "The import did not go through: {error}. Nothing was changed.", "导入未能完成：{error}。没有做任何更改。";
        import_button: "Import", "导入";
        import_tip: "Import now (Enter)", "立即导入（回车）";
        import_disabled_tip: "See the list above for what still needs a choice", "请先处理上方列出的事项";
        cancel_button: "Cancel", "取消";
        cancel_tip: "Close without importing (Esc)", "关闭且不导入（Esc）";

        appended: "Added {respondents} from {path} to the open project. Undo takes them out again.", "已从 {path} 向当前项目添加{respondents}。撤销可将其全部移除。";
        appended_renumbered: "Ids the project already used got new ones: {n}.", "其中 {n} 位的编号在项目中已存在，已重新编号。";
        step_import: "Import {respondents}", "导入{respondents}";
    }
);
