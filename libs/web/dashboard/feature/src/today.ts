// "Aujourd'hui / cette semaine", for the pages that show it besides the dashboard (Mes communes),
// apart from the dashboard's routes: importing it does not bring the charts along.
export { TodayPanel } from './lib/today/today-panel';
