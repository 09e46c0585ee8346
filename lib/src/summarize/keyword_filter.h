// Which terms a reader would tag as keywords of a news article.
#pragma once

#include <string_view>

#include "precis/text/analyzer.h"

namespace precis::summarize {

// False for terms no reader tags, judged on one occurrence (`form` as
// written, `token` its analysis):
//  - numbers ("2015", "75", "3.5");
//  - month names but "May" (a name too), their abbreviations ("Sept",
//    "Jan"), weekday names, clock words ("a.m", "pm", "GMT");
//  - a short list of words every news story uses: article, said, says,
//    told, according, year(s), percent, cent, people, time, week, month,
//    day, today, yesterday, report(ed), news, added, including, Mr, Mrs, Ms;
//  - a single Chinese or Japanese character (ICU's dictionary words are
//    kept) and, in Japanese, hiragana-only words (grammar: する, という).
// Word lists compare case-insensitively and apply in every language.
bool IsTaggable(std::string_view form, const text::Token& token, std::string_view language);

}  // namespace precis::summarize
