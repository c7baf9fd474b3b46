package com.griddesk.notification.web;

import java.util.Locale;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.internal.Template;
import com.griddesk.notification.internal.Templates;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The template editor for administrators, with a live preview. */
@Controller
class TemplatePageController {

    private final Templates templates;
    private final ProblemFactory problems;

    TemplatePageController(Templates templates, ProblemFactory problems) {
        this.templates = templates;
        this.problems = problems;
    }

    @GetMapping("/admin/notification-templates")
    String list(CurrentStaff staff, Model model) {
        TemplateApiController.admin(staff);
        model.addAttribute("templates", templates.all());
        return "notification/templates";
    }

    @GetMapping("/admin/notification-templates/{event}/{channel}/{locale}")
    String edit(@PathVariable NotificationEvent event, @PathVariable Channel channel, @PathVariable String locale,
            CurrentStaff staff, Model model) {
        TemplateApiController.admin(staff);
        Template t = stored(event, channel, locale);
        return form(model, t, t.subject(), t.body());
    }

    @PostMapping("/admin/notification-templates/{event}/{channel}/{locale}")
    String save(@PathVariable NotificationEvent event, @PathVariable Channel channel, @PathVariable String locale,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String body,
            CurrentStaff staff, Model model, Locale ui, RedirectAttributes redirect) {
        try {
            templates.update(event, channel, locale, subject, body, staff);
            redirect.addFlashAttribute("flash", problems.text("notification.templateSaved", ui, event, channel, locale));
            return "redirect:/admin/notification-templates";
        }
        catch (DomainException ex) {
            model.addAttribute("error", PageError.of(ex, problems, ui));
            return form(model, stored(event, channel, locale), subject, body);
        }
    }

    /** The preview fragment for the text being typed. */
    @PostMapping("/admin/notification-templates/{event}/{channel}/{locale}/preview")
    String preview(@PathVariable NotificationEvent event, @PathVariable Channel channel, @PathVariable String locale,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String body,
            CurrentStaff staff, Model model, Locale ui) {
        TemplateApiController.admin(staff);
        var errors = templates.validate(event, channel, subject, body);
        if (!errors.isEmpty()) {
            model.addAttribute("error", PageError.of(new DomainException(ProblemCode.VALIDATION_FAILED, errors), problems, ui));
        }
        else {
            model.addAttribute("preview", TemplateApiController.render(event, channel, locale, subject, body, null));
        }
        return "notification/template-edit :: preview";
    }

    private Template stored(NotificationEvent event, Channel channel, String locale) {
        return templates.find(event, channel, locale)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.TEMPLATE_NOT_FOUND, event + "/" + channel + "/" + locale));
    }

    private String form(Model model, Template t, String subject, String body) {
        model.addAttribute("template", t);
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("variables", Templates.allowed(t.event()));
        if (!model.containsAttribute("error") && body != null) {
            model.addAttribute("preview", TemplateApiController.render(t.event(), t.channel(), t.locale(), subject, body, null));
        }
        return "notification/template-edit";
    }
}
