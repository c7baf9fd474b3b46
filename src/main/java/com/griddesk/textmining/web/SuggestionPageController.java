package com.griddesk.textmining.web;

import java.util.List;
import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.textmining.LikelyDuplicates;
import com.griddesk.textmining.TextClassifier;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.Taxonomy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The suggestion as the agent types: the console asks this route (debounced, htmx) and shows the
 * fragment under the description; without htmx it is a page to try the classifier on.
 */
@Controller
class SuggestionPageController {

    private final TextClassifier classifier;
    private final LikelyDuplicates duplicates;
    private final Taxonomy taxonomy;
    private final ProblemFactory problems;

    SuggestionPageController(TextClassifier classifier, LikelyDuplicates duplicates, Taxonomy taxonomy,
            ProblemFactory problems) {
        this.classifier = classifier;
        this.duplicates = duplicates;
        this.taxonomy = taxonomy;
        this.problems = problems;
    }

    @GetMapping("/textmining/suggest")
    String suggest(@RequestParam(required = false) String description, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String accountNumber, @RequestParam(required = false) String contactPhone,
            @RequestParam(required = false) String address,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentStaff staff, Model model,
            Locale locale) {
        model.addAttribute("description", description);
        model.addAttribute("channel", channel);
        model.addAttribute("channels", Channel.values());
        if (description != null && !description.isBlank()) {
            try {
                Channel parsed = TextMiningApiController.channel(channel);
                model.addAttribute("suggestion", SuggestionView.of(classifier.suggest(description, parsed), taxonomy, locale));
                model.addAttribute("duplicates", duplicates.find(new LikelyDuplicates.Query(description, accountNumber,
                        contactPhone, address, null), staff));
            }
            catch (DomainException ex) {
                model.addAttribute("suggestionError", PageError.of(ex, problems, locale));
            }
        }
        if (!model.containsAttribute("duplicates")) {
            model.addAttribute("duplicates", List.of());
        }
        return htmx != null ? "textmining/suggest :: suggestion" : "textmining/suggest";
    }
}
