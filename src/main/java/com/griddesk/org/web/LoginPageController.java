package com.griddesk.org.web;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Each role starts where its work is. */
    @GetMapping("/")
    String home(CurrentStaff staff) {
        if (staff.has(Role.AGENT)) {
            return "redirect:/console";
        }
        if (staff.has(Role.DISPATCHER)) {
            return "redirect:/board";
        }
        return "redirect:/queue";
    }
}
