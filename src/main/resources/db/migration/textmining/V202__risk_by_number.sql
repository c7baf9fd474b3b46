-- Lists look up the risk of a page of orders by number.
create index tm_risk_number on tm_risk (number);
