package com.griddesk.field;

import java.math.BigDecimal;

/** One line of the materials a crew used: what, how many, in which unit (个, 米, 套). */
public record Material(String name, BigDecimal quantity, String unit) {
}
