-- Lists show a countdown per order: look clocks up by order number.
create index order_clock_number on order_clock (order_number) where state = 'RUNNING';
