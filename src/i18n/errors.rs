//! Strings of error details: what is wrong with a project file, a save, a survey export, an edit,
//! an export or a recovery copy, worded by `crate::ui::error_text`.
//!
//! The English of each is exactly the `Display` of the error it words (the command line prints
//! those, and FORMATS.md promises them); the tests of `error_text` check that for every case.
//! Values named in a message (file names, ids, column names, JSON paths, the words of a library)
//! are placeholders: they stay as they are in every language.

use super::texts;

texts!(
    /// Error details.
    ErrorTexts {
        // ---- Places and lists.
        at_path: "{path}: {error}", "{path}：{error}";
        at_path_and_position: "{path} (line {line}, column {column}): {error}", "{path}（第 {line} 行，第 {column} 列）：{error}";
        at_position: "line {line}, column {column}: {error}", "第 {line} 行，第 {column} 列：{error}";
        quoted: "\"{text}\"", "「{text}」";
        listed: "{name}", "「{name}」";
        list_separator: ", ", "、";
        more_columns: " and {n} more", "，另有 {n} 列";
        column_named: "{name} (column {letter})", "「{name}」（{letter} 列）";
        column_unnamed: "column {letter}", "第 {letter} 列";

        // ---- Project files: reading.
        parse_empty: "the file is empty; expected a Kanoscope project (JSON)", "文件是空的；应为 Kanoscope 项目（JSON 格式）";
        parse_not_an_object: "the file holds JSON but not an object; expected a Kanoscope project, which is a JSON object", "文件内容是 JSON，但不是对象；Kanoscope 项目应是一个 JSON 对象";
        parse_not_a_project: "this is not a Kanoscope project: \"{field}\" is \"{format}\", expected \"{expected}\"", "这不是 Kanoscope 项目：「{field}」是「{format}」，应为「{expected}」";
        parse_no_format: "this is not a Kanoscope project: it has no \"{field}\": \"{expected}\" field", "这不是 Kanoscope 项目：文件中没有 \"{field}\": \"{expected}\" 字段";
        parse_newer_version: "this project was saved in format version {version}, but this Kanoscope reads versions up to {newest}; open it with a newer Kanoscope (the file was not changed)", "此项目以格式版本 {version} 保存，而这个 Kanoscope 只能读取 {newest} 及以下的版本；请用更新版本的 Kanoscope 打开（文件没有被改动）";
        parse_version_zero: "version 0 does not exist; expected 1", "不存在版本 0；应为 1";
        parse_empty_feature_id: "a feature id cannot be empty", "功能 ID 不能为空";
        parse_duplicate_feature_id: "the feature id {id} is already used by {first}; ids must be unique", "功能 ID{id}已被 {first} 使用；ID 不能重复";
        parse_empty_respondent_id: "a respondent id cannot be empty", "受访者 ID 不能为空";
        parse_duplicate_respondent_id: "the respondent id {id} is already used by {first}; ids must be unique", "受访者 ID{id}已被 {first} 使用；ID 不能重复";
        parse_answer_for_unknown_feature: "an answer for the feature {key}, which is not in \"{list}\"", "这是功能{key}的回答，但「{list}」中没有这个功能";
        parse_two_answers: "two answers for the feature {key}", "功能{key}有两个回答";
        parse_order_names_unknown_feature: "the feature {id} is not in \"{list}\"", "「{list}」中没有功能{id}";
        parse_ends_too_early: "the file ends too early (it may have been cut off while saving or copying)", "文件过早结束（可能在保存或复制时被截断了）";
        parse_not_json: "this is not JSON; expected a Kanoscope project (*.kano.json)", "这不是 JSON 文件；应为 Kanoscope 项目（*.kano.json）";
        parse_invalid_utf8: "the text is not valid UTF-8; project files must be saved as UTF-8 text ({original})", "文本不是有效的 UTF-8 编码；项目文件必须以 UTF-8 编码保存（{original}）";
        parse_lone_surrogate: "a \\u escape is cut short or is half of a UTF-16 surrogate pair (\\uD800 to \\uDFFF) without the other half, which is not a character; text must be valid Unicode ({original})", "某个 \\u 转义不完整，或只是 UTF-16 代理对（\\uD800 至 \\uDFFF）缺了另一半，不构成字符；文本必须是有效的 Unicode（{original}）";
        parse_nested_too_deep: "the data is nested more than 128 levels deep; no project file is ({original})", "数据嵌套超过 128 层，项目文件不会是这样（{original}）";
        parse_control_character: "a text holds a raw control character (such as a tab or line break); inside quotes it must be written as an escape such as \\t or \\n ({original})", "某段文本含有未转义的控制字符（如制表符或换行符）；在引号内必须写成 \\t 或 \\n 这样的转义（{original}）";
        parse_importance_scale_bounds: "the importance scale {min} to {max} is not one; expected whole numbers with 0 <= min < max <= 10", "重要性量表 {min} 至 {max} 不成立；最低点与最高点应为整数，且 0 ≤ 最低点 < 最高点 ≤ 10";
        parse_importance_scale_labels: "the importance scale {min} to {max} has {points} points but {found} labels", "重要性量表 {min} 至 {max} 有 {points} 个刻度，却有 {found} 个标签";
        parse_importance_off_scale: "importance {value} is not on the project's importance scale; expected an integer from {min} to {max}", "重要性 {value} 不在项目的重要性量表上；应为 {min} 至 {max} 的整数";
        parse_text_too_long: "the text is {chars} characters long; Kanoscope keeps up to {limit} characters there", "这段文字有 {chars} 个字符；Kanoscope 在此处最多保留 {limit} 个字符";
        parse_other: "{original}", "内容不符合项目文件的格式：{original}";

        // ---- A project's own rules.
        project_empty_feature_id: "feature {index} has an empty id", "功能 {index} 的 ID 为空";
        project_duplicate_feature_id: "two features have the id {id}", "有两个功能的 ID 都是{id}";
        project_empty_respondent_id: "respondent {index} has an empty id", "受访者 {index} 的 ID 为空";
        project_duplicate_respondent_id: "two respondents have the id {id}", "有两位受访者的 ID 都是{id}";
        project_importance_off_scale: "respondent {respondent} gave the feature {feature} importance {value}, which is not on the importance scale {min} to {max}", "受访者{respondent}给功能{feature}的重要性是 {value}，不在重要性量表 {min} 至 {max} 之内";
        project_misaligned: "respondent {id} has {found} responses for {expected} features", "受访者{id}有 {found} 个回答，但共有 {expected} 个功能";

        // ---- Opening and saving.
        load_unreadable: "{path}: cannot read the file: {error}", "{path}：无法读取文件：{error}";
        load_too_large: "{path}: the file is {size} but Kanoscope opens project files of up to {limit}; it was not opened", "{path}：文件大小为 {size}，而 Kanoscope 只能打开不超过 {limit} 的项目文件；没有打开此文件";
        save_failed: "{path}: could not save: {problem} ({error}); the previous file is unchanged", "{path}：无法保存：{problem}（{error}）；原来的文件没有改变";
        save_failed_otherwise: "{path}: could not save: {error}; the previous file is unchanged", "{path}：无法保存：{error}；原来的文件没有改变";
        save_disk_full: "the disk is full", "磁盘已满";
        save_read_only: "the disk is read-only", "磁盘是只读的";
        save_no_permission: "no permission to write in the folder {folder} (it may be read-only or belong to someone else)", "没有在文件夹 {folder} 中写入的权限（它可能是只读的，或属于其他用户）";
        save_folder_in_the_way: "there is a folder with that name (or with the backup's name)", "已有同名的文件夹（或与备份文件同名的文件夹）";
        save_folder_missing: "the folder {folder} does not exist (was it removed or renamed, or the drive disconnected?)", "文件夹 {folder} 不存在（是否已被删除或重命名，或者磁盘已断开？）";
        save_vanished: "a file disappeared during the save (removed by another program?)", "保存过程中有文件消失了（是否被其他程序删除了？）";
        save_incomplete: "the disk did not keep everything written", "磁盘没有保存下全部写入的内容";

        // ---- Kanoscope's own reasons inside a system error.
        trouble_folder: "it is a folder, not a file", "这是文件夹，不是文件";
        trouble_not_regular: "it is not a regular file (a device, a pipe or a socket)", "这不是普通文件（而是设备、管道或套接字）";
        trouble_folder_in_the_way: "{path} is a folder", "{path} 是一个文件夹";
        trouble_project_too_large: "the project would be {size} but Kanoscope opens project files of up to {limit}", "项目文件将有 {size}，而 Kanoscope 只能打开不超过 {limit} 的项目文件";
        trouble_too_large_to_read: "the file is {size} but Kanoscope reads files of up to {limit}", "文件大小为 {size}，而 Kanoscope 只读取不超过 {limit} 的文件";
        trouble_short_write: "the new file holds {on_disk} bytes instead of {written}", "新文件只有 {on_disk} 字节，而不是 {written} 字节";
        trouble_not_a_recovery_copy: "{path} is not a recovery copy", "{path} 不是恢复副本";
        trouble_reading_stopped: "the reading stopped unexpectedly", "读取意外中断";

        // ---- What the system said. English shows the system's own message (as the command line
        // prints it), so the English here only documents what each key stands for.
        system_with_code: "{problem} (os error {code})", "{problem}（系统错误代码 {code}）";
        system_in_its_words: "{message}", "系统报告的错误：{message}";
        io_not_found: "no such file or folder", "找不到该文件或文件夹";
        io_permission_denied: "permission denied", "没有访问权限";
        io_already_exists: "a file of that name already exists", "已有同名的文件";
        io_not_a_directory: "a part of the path is not a folder", "路径中的某一部分不是文件夹";
        io_is_a_directory: "it is a folder", "这是一个文件夹";
        io_directory_not_empty: "the folder is not empty", "文件夹不是空的";
        io_read_only: "the disk is read-only", "磁盘是只读的";
        io_storage_full: "no space left on the disk", "磁盘空间已满";
        io_quota_exceeded: "the disk quota is exceeded", "超出了磁盘配额";
        io_file_too_large: "the file is too large", "文件太大";
        io_busy: "the file is in use by another program", "文件正被其他程序使用";
        io_invalid_filename: "the file name is not valid", "文件名无效";
        io_timed_out: "the operation timed out", "操作超时";
        io_interrupted: "the operation was interrupted", "操作被中断";
        io_unexpected_eof: "the file ended unexpectedly", "文件意外结束";
        io_invalid_data: "the data is not valid", "数据无效";
        io_stale_network_file: "the network file is no longer valid (was the share disconnected?)", "网络文件已失效（网络共享是否已断开？）";
        io_network: "a network connection failed", "网络连接出错";
        io_out_of_memory: "out of memory", "内存不足";
        io_unsupported: "the system does not support this", "系统不支持此操作";

        // ---- Recovery copies.
        recovery_unreadable: "cannot read it: {error}", "无法读取：{error}";
        recovery_no_header: "it does not start with a \"{field}\" header line", "文件开头没有「{field}」文件头";
        recovery_bad_header: "its header cannot be read: {original}", "无法读取它的文件头（{original}）";
        recovery_newer_format: "it was written by a newer Kanoscope (recovery format {version})", "它由更新版本的 Kanoscope 写入（恢复格式 {version}）";
        recovery_cut_off: "it holds {on_disk} bytes, not the {written} it was written with; it was cut off or altered", "它现有 {on_disk} 字节，而写入时是 {written} 字节；已被截断或改动";
        recovery_impossible_length: "its header is altered (an impossible length)", "文件头已被改动（长度不可能成立）";

        // ---- Edits.
        subject_feature: "feature", "功能";
        subject_respondent: "respondent", "受访者";
        edit_out_of_range: "there is no {what} number {index}", "没有编号为 {index} 的{what}";
        edit_empty_id: "a {what} id cannot be empty", "{what} ID 不能为空";
        edit_duplicate_id: "another {what} already has the id {id}", "另一个{what}已在使用 ID{id}";
        edit_misaligned: "expected {expected} responses, got {found}", "应有 {expected} 个回答，实际有 {found} 个";
        edit_importance_off_scale: "importance {value} is not on the importance scale {min} to {max}", "重要性 {value} 不在重要性量表 {min} 至 {max} 之内";

        // ---- Survey exports: reading the table.
        read_empty: "the file is empty; expected a header row with column names, then one row per respondent", "文件是空的；应先有一行列名（表头），然后每位受访者一行";
        read_malformed: "line {line} is not valid {encoding} text; if the file was saved in another encoding, say which with --encoding (utf-8, utf-16le, utf-16be, gb18030 or windows-1252)", "第 {line} 行不是有效的 {encoding} 文本；如果文件是用其他编码保存的，请改用正确的编码（UTF-8、UTF-16LE、UTF-16BE、GB18030 或 Windows-1252）读取";
        read_csv: "row {row}: {message}", "第 {row} 行：无法按 CSV 格式读取（{message}）";
        read_spreadsheet: "cannot read the spreadsheet: {message}", "无法读取电子表格：{message}";
        read_damaged_workbook: "cannot read the spreadsheet: the workbook is damaged: its contents cannot be read", "无法读取电子表格：工作簿已损坏，无法读取其中的内容";
        read_workbook_too_large: "the workbook is {size} but Kanoscope reads workbooks of up to {limit}; save the answers as CSV, or split them", "工作簿大小为 {size}，而 Kanoscope 只读取不超过 {limit} 的工作簿；请把回答另存为 CSV，或拆分成几个文件";
        read_workbook_unpacks_too_large: "the workbook unpacks to more than {limit}; Kanoscope reads workbooks that unpack to at most that", "工作簿解压后超过 {limit}；Kanoscope 只读取解压后不超过这一大小的工作簿";
        read_cell_outside_grid: "sheet \"{sheet}\": a cell at row {row}, column {column} lies outside Excel's grid (last cell XFD1048576); the workbook is damaged", "工作表「{sheet}」：第 {row} 行第 {column} 列的单元格超出了 Excel 的表格范围（最后一个单元格是 XFD1048576）；工作簿已损坏";
        read_too_many_cells: "sheet \"{sheet}\": the cells from {from} to {to} span {cells} cells; Kanoscope reads sheets of up to {limit} cells; delete what lies far from the answers", "工作表「{sheet}」：从 {from} 到 {to} 的单元格共 {cells} 个；Kanoscope 只读取不超过 {limit} 个单元格的工作表；请删除远离回答数据的内容";
        read_cell_too_long: "sheet \"{sheet}\", cell {cell}: the cell holds more than {limit} characters, Excel's limit for a cell", "工作表「{sheet}」单元格 {cell}：内容超过 {limit} 个字符，即 Excel 单个单元格的上限";
        read_too_much_text: "sheet \"{sheet}\": by cell {cell} the cells hold more than {limit} characters in all; Kanoscope reads sheets of up to that", "工作表「{sheet}」：到单元格 {cell} 为止，单元格中的文字已超过 {limit} 个字符；Kanoscope 只读取不超过这一数量的工作表";
        read_no_sheet: "there is no sheet \"{name}\"; the sheets are: {sheets}", "没有名为「{name}」的工作表；现有的工作表：{sheets}";
        read_damaged_binary_workbook: "cannot read the spreadsheet: the workbook is damaged: {part} at byte {offset} cannot be read", "无法读取电子表格：工作簿已损坏：第 {offset} 字节处的 {part} 无法读取";
        read_outside_xls_grid: "sheet \"{sheet}\": the {record} record at {cell} lies outside the .xls grid (last cell IV65536); the workbook is damaged", "工作表「{sheet}」：位于 {cell} 的 {record} 记录超出了 .xls 的表格范围（最后一个单元格是 IV65536）；工作簿已损坏";
        read_too_much_memory: "reading the workbook would take about {needed} of memory by {place}; Kanoscope reads workbooks that need at most {limit}; save the answers as CSV, or split them", "读取该工作簿到 {place} 处约需 {needed} 内存；Kanoscope 只读取所需内存不超过 {limit} 的工作簿；请把回答另存为 CSV，或拆分成几个文件";

        // ---- Survey exports: the import. Role words name the questions in messages; the Chinese
        // ones are also the words the importer reads in column names (<id>_正向, <id>_反向).
        role_functional: "functional", "正向";
        role_dysfunctional: "dysfunctional", "反向";
        role_importance: "importance", "重要度";
        import_text_too_long: "the project would hold a text of {chars} characters at {place}; Kanoscope keeps up to {limit} characters there", "导入后的项目在 {place} 处会有一段 {chars} 个字符的文字；Kanoscope 在此处最多保留 {limit} 个字符";
        import_unreadable: "cannot read the file: {error}", "无法读取文件：{error}";
        import_no_features: "no Kano question pairs found among the columns ({columns}); name them <id>_functional and <id>_dysfunctional (or \"<id> functional\", \"<id> (functional)\", <id>-f and <id>-d)", "在这些列中没有找到卡诺成对问题（{columns}）；请把列命名为「<id>_正向」和「<id>_反向」（也可以用 <id>_functional 和 <id>_dysfunctional）";
        import_no_rows: "the file has column names but no respondent rows", "文件只有列名，没有受访者的数据行";
        import_missing_partner: "{column} has no {role} partner: expected a column named {id}_{missing} (or \"{id} {missing}\", \"{id} ({missing})\")", "{column}没有配对的{role}问题：应有一列名为「{id}_{role}」（或「{id}_{missing}」「{id} ({missing})」）";
        import_lone_importance: "{column} gives an importance for \"{id}\", but there are no {id}_functional and {id}_dysfunctional columns", "{column}给出了「{id}」的重要度，但没有「{id}_正向」和「{id}_反向」这两列";
        import_duplicate_column: "{column} and {other} are both the {role} question of \"{id}\"; keep one", "{column}和{other}都是「{id}」的{role}问题；请只保留一列";
        import_duplicate_feature: "two features have the id \"{id}\"", "有两个功能的 ID 都是「{id}」";
        import_empty_feature_id: "a feature read from {column} has no id", "从{column}读取的功能没有 ID";
        import_no_column: "the mapping uses column {index}, but the table has {width} columns", "列的对应关系用到了编号为 {index} 的列，但表格只有 {width} 列";
        import_no_such_column: "{option} \"{name}\" names no column; the columns are: {columns}", "{option}「{name}」不是任何一列的名称；现有的列：{columns}";
        import_unknown_answer: "row {row}, {column}: \"{text}\" is not a Kano answer; expected a wording such as \"I like it\", \"I expect it\", \"I am neutral\", \"I can live with it\", \"I dislike it\" (or 我很喜欢, 理应如此, 无所谓, 能忍受, 我很不喜欢), or a code from 1 to 5", "第 {row} 行，{column}：「{text}」不是卡诺回答；应为「我很喜欢」「理应如此」「无所谓」「能忍受」「我很不喜欢」这样的说法（或对应的英文说法），或 1 到 5 的代码";
        import_bad_importance: "row {row}, {column}: \"{text}\" is not an importance; expected a whole number from 0 to 10, alone or with a label (\"7 - Very important\"), or a point of one verbal scale (\"Very important\", \"非常重要\")", "第 {row} 行，{column}：「{text}」不是重要度；应为 0 到 10 的整数，可以单独填写，也可以带说明（如「7 - 非常重要」），或同一文字量表上的一个选项（如「非常重要」）";
        import_unknown_answers: "{n} text(s) in the answer columns are not Kano answers: {texts}; say what each means with {option}", "回答列中有 {n} 种文字不是卡诺回答：{texts}；请用 {option} 说明每种文字的含义";
        import_unknown_text: "\"{text}\" (first in row {row}; cells: {count}; columns: {columns})", "「{text}」（首见于第 {row} 行；{count} 个单元格；列：{columns}）";
        import_unknown_texts_separator: "; ", "；";
        import_no_feature_details: "the features table needs an id or name column and a touchpoint or dimension column; its columns are: {columns}", "功能表需要一列编号或名称，以及一列触点或维度；它的列是：{columns}";
        import_bad_dimension: "row {row}, {column}: \"{text}\" is not a SERVQUAL dimension; expected {tokens}", "第 {row} 行，{column}：「{text}」不是 SERVQUAL 维度；应为 {tokens}";
        import_unmatched_feature_details: "the features table names {n} feature(s) the import does not have: {rows}", "功能表中有 {n} 个功能不在导入的数据中：{rows}";
        import_empty_id: "row {row}, {column}: the respondent id is empty", "第 {row} 行，{column}：受访者 ID 为空";
        import_duplicate_id: "row {row}, {column}: the respondent id \"{id}\" is already used in row {first_row}; ids must be unique", "第 {row} 行，{column}：受访者 ID「{id}」已在第 {first_row} 行使用；ID 不能重复";
        import_id_collision: "{n} respondent id(s) are already in the project: {ids}; renumber them or leave those rows out", "有 {n} 个受访者 ID 已在项目中：{ids}；请重新编号，或不导入这些行";
        import_collision: "\"{id}\" (row {row})", "「{id}」（第 {row} 行）";
        import_collisions_more: "and {n} more", "另有 {n} 个";
        import_unknown_feature: "the project has no feature {ids}; rename them in the mapping or add them to the project first", "项目中没有功能{ids}；请在列的对应关系中改名，或先把它添加到项目中";
        import_unknown_features: "the project has no features {ids}; rename them in the mapping or add them to the project first", "项目中没有功能{ids}；请在列的对应关系中改名，或先把它们添加到项目中";
        import_refused: "{original}", "项目不接受导入的数据：{original}";

        // ---- Exports.
        export_spreadsheet: "cannot build the spreadsheet: {original}", "无法生成电子表格：{original}";
        export_invalid_svg: "cannot draw the picture: the SVG is not valid: {original}", "无法绘制图片：SVG 无效：{original}";
        export_picture_too_large: "cannot draw the picture: a picture of {width} x {height} pixels is too large", "无法绘制图片：{width} × {height} 像素的图片太大";
        export_picture: "cannot draw the picture: {original}", "无法绘制图片：{original}";
    }
);
