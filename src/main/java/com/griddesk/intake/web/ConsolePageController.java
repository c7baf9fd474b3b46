package com.griddesk.intake.web;

import java.util.List;
import java.util.Locale;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.customer.PhoneReveals;
import com.griddesk.intake.Intake;
import com.griddesk.intake.IntakeOutcome;
import com.griddesk.intake.IntakeResult;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.Taxonomy;
import com.griddesk.workorder.WorkOrderQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's intake console: find the caller, see their orders, take the demand. */
@Controller
class ConsolePageController {

    private final CustomerDirectory customers;
    private final PhoneReveals reveals;
    private final Intake intake;
    private final WorkOrderQueries queries;
    private final Taxonomy taxonomy;
    private final OrgDirectory org;
    private final ProblemFactory problems;
    private final CallerPanels panels;

    ConsolePageController(CustomerDirectory customers, PhoneReveals reveals, Intake intake, WorkOrderQueries queries,
            Taxonomy taxonomy, OrgDirectory org, ProblemFactory problems, CallerPanels panels) {
        this.customers = customers;
        this.reveals = reveals;
        this.intake = intake;
        this.queries = queries;
        this.taxonomy = taxonomy;
        this.org = org;
        this.problems = problems;
        this.panels = panels;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("types", taxonomy.topLevel());
        model.addAttribute("categories", taxonomy.all().stream().filter(e -> e.leaf() && !e.isTopLevel()).toList());
    }

    /** The console, or only the search results for htmx. */
    @GetMapping("/console")
    String console(@RequestParam(required = false) String q, @RequestParam(required = false) String account,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentStaff staff, Model model) {
        List<Customer> found = q == null || q.isBlank() ? List.of() : customers.search(q, staff, 20);
        model.addAttribute("q", q);
        model.addAttribute("results", found);
        if (htmx != null) {
            return "console :: results";
        }
        IntakeForm form = new IntakeForm();
        if (account != null && !account.isBlank()) {
            Customer customer = customers.visibleTo(account, staff);
            prefill(form, customer, false);
            addCustomer(model, customer, staff, false);
        }
        model.addAttribute("form", form);
        return "console";
    }

    /** The customer card with open orders and 90 days of history; the form is prefilled. */
    @GetMapping("/console/customers/{account}")
    String customer(@PathVariable String account, @RequestParam(defaultValue = "false") boolean reveal,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentStaff staff, Model model) {
        Customer customer = customers.visibleTo(account, staff);
        if (reveal) {
            reveals.record(staff, customer.id(), null, "console");
        }
        addCustomer(model, customer, staff, reveal);
        IntakeForm form = new IntakeForm();
        prefill(form, customer, reveal);
        model.addAttribute("form", form);
        return htmx != null ? "console :: caller" : "console";
    }

    @PostMapping("/console/orders")
    String create(@ModelAttribute("form") IntakeForm form, CurrentStaff staff, Model model, Locale locale,
            RedirectAttributes redirect) {
        IntakeResult result;
        try {
            result = intake.take(form.toRequest(), staff, form.getIdempotencyKey());
        }
        catch (DomainException ex) {
            model.addAttribute("error", PageError.of(ex, problems, locale));
            redisplay(form, staff, model);
            return "console";
        }
        if (result.outcome() == IntakeOutcome.REMINDER_ADDED && !result.replayed()) {
            model.addAttribute("reminded", result.number());
            form.renewKey();
            redisplay(form, staff, model);
            return "console";
        }
        redirect.addFlashAttribute("flash", problems.text("console.created", locale, result.number()));
        return "redirect:/orders/" + result.number();
    }

    private void redisplay(IntakeForm form, CurrentStaff staff, Model model) {
        if (form.getAccountNumber() != null && !form.getAccountNumber().isBlank()) {
            customers.byAccountNumber(form.getAccountNumber()).filter(c -> staff.sees(org.unit(c.stationId()).path()))
                    .ifPresent(c -> addCustomer(model, c, staff, false));
        }
        model.addAttribute("results", List.of());
    }

    private void addCustomer(Model model, Customer customer, CurrentStaff staff, boolean revealed) {
        model.addAttribute("customer", customer);
        model.addAttribute("revealed", revealed);
        model.addAttribute("mayReveal", PhoneReveals.mayReveal(staff));
        model.addAttribute("station", org.unit(customer.stationId()));
        model.addAttribute("openOrders", queries.openOrdersOf(customer.id(), customer.phone(), staff));
        model.addAttribute("history", queries.historyOf(customer.id(), 90, staff));
        model.addAttribute("callerPanels", panels.render(customer, staff));
    }

    /** The registered phone is filled in only once revealed; otherwise the agent types the caller's number. */
    private static void prefill(IntakeForm form, Customer customer, boolean revealed) {
        form.setAccountNumber(customer.accountNumber());
        form.setContactName(customer.name());
        form.setContactPhone(revealed ? customer.phone() : null);
        form.setAddress(customer.address());
    }
}
