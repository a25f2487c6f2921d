// XFCharts: placeholder until its stage lands.
