//! A case field named as the interview asks for it: `orders[1].date` is "order 2: Order
//! date", "第 2 个订单的下单日期".

use super::{Bilingual, texts};
use crate::lang::Lang;
use crate::wizard::flow::{SECTIONS, Shape};

texts! {
    /// One item of a list section, as counted ("order 2", "第 2 个订单").
    pub enum Item {
        Asin => "ASIN", "个 ASIN";
        Person => "person", "位相关人员";
        Event => "event", "个事件";
        Order => "order", "个订单";
        Review => "review", "条评论";
        Evidence => "evidence file", "个证据文件";
        Investigation => "search or reading", "项查阅或搜索";
        RootCause => "root cause", "个根本原因";
        Action => "action", "项已采取的措施";
        Measure => "measure", "项预防措施";
        Declaration => "declaration", "条声明";
    }
}

/// The item noun of each list section.
const ITEMS: &[(&str, Item)] = &[
    ("warning.asins", Item::Asin),
    ("people", Item::Person),
    ("timeline", Item::Event),
    ("orders", Item::Order),
    ("reviews", Item::Review),
    ("evidence", Item::Evidence),
    ("investigation", Item::Investigation),
    ("root_causes", Item::RootCause),
    ("actions", Item::Action),
    ("measures", Item::Measure),
    ("declarations", Item::Declaration),
];

/// The field at a path such as `orders[1].date`, in words; `None` for a path the interview
/// does not ask (`status`, `notes`, a misspelt key).
pub fn label(path: &str) -> Option<Bilingual> {
    let (head, field) = match path.split_once("].") {
        Some((head, field)) => (format!("{head}]"), Some(field)),
        None => (path.to_string(), None),
    };
    let (key, index) = match head.split_once('[') {
        Some((key, index)) => (key, index.trim_end_matches(']').parse::<usize>().ok()),
        None => (head.as_str(), None),
    };
    if let Some(section) = SECTIONS.iter().find(|s| s.key == key) {
        let item = ITEMS.iter().find(|(k, _)| *k == key).map(|(_, item)| *item);
        let words = |lang: Lang| -> Option<String> {
            let question = field.and_then(|f| section.shape.fields().iter().find(|x| x.key == f));
            let counted = match (index, item) {
                (Some(i), Some(item)) => Some(match lang {
                    Lang::En => format!("{} {}", item.get(lang), i + 1),
                    Lang::Zh => format!("第 {} {}", i + 1, item.get(lang)),
                }),
                _ => None,
            };
            match (counted, question) {
                (Some(counted), Some(question)) => Some(match lang {
                    Lang::En => format!("{counted}: {}", short(question.ask.get(lang))),
                    Lang::Zh => format!("{counted}的{}", short(question.ask.get(lang))),
                }),
                (Some(counted), None) if field.is_none() => Some(counted),
                (None, None) if field.is_none() => Some(section.title.get(lang).to_string()),
                _ => None,
            }
        };
        return Some(Bilingual {
            en: words(Lang::En)?,
            zh: words(Lang::Zh)?,
        });
    }
    // A field of a table section: `seller.email`, `warning.received`.
    let (table, name) = path.rsplit_once('.')?;
    let section = SECTIONS.iter().find(|s| s.key == table)?;
    let Shape::Table(fields) = section.shape else {
        return None;
    };
    let question = fields.iter().find(|f| f.key == name)?;
    Some(Bilingual {
        en: short(question.ask.get(Lang::En)).to_string(),
        zh: short(question.ask.get(Lang::Zh)).to_string(),
    })
}

/// The field at `path` as the interview names it, to follow the path in a message:
/// " (order 2: Order date)", "（第 2 个订单的下单日期）"; empty for a path it does not ask.
pub fn named(path: &str, lang: Lang) -> String {
    label(path).map_or_else(String::new, |label| match lang {
        Lang::En => format!(" ({})", label.en),
        Lang::Zh => format!("（{}）", label.zh),
    })
}

/// A prompt without its example or hint: "Order ID (e.g. …)" → "Order ID".
fn short(prompt: &str) -> &str {
    let cut = [prompt.find(" ("), prompt.find('（')]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(prompt.len());
    prompt[..cut].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_is_named_as_the_interview_asks_for_it() {
        let order_date = label("orders[1].date").unwrap();
        assert_eq!(order_date.zh, "第 2 个订单的下单日期");
        assert_eq!(order_date.en, "order 2: Order date");
        assert_eq!(label("seller.email").unwrap().zh, "接收亚马逊回复的邮箱");
        assert_eq!(label("root_causes[0]").unwrap().zh, "第 1 个根本原因");
        assert_eq!(label("warning.asins[2]").unwrap().en, "ASIN 3");
        assert_eq!(label("measures").unwrap().zh, "预防措施");
        assert_eq!(label("notes"), None);
    }

    #[test]
    fn every_list_section_counts_its_items() {
        for section in SECTIONS {
            if !matches!(section.shape, Shape::Table(_)) {
                assert!(
                    ITEMS.iter().any(|(key, _)| *key == section.key),
                    "{} has no item noun",
                    section.key
                );
            }
        }
    }
}
