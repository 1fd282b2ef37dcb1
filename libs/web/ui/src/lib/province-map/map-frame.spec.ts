import { escapeHtml } from './escape-html';
import { mapFrame, mapGrid, markerSize } from './map-frame';

describe('the province map frame', () => {
  it('frames the places with a margin, narrower than its span in degrees by the cosine of the latitude', () => {
    const frame = mapFrame([
      { longitude: 4.6, latitude: 50.0 },
      { longitude: 5.1, latitude: 50.6 },
    ]);
    expect(frame.minLongitude).toBeLessThan(4.6);
    expect(frame.maxLatitude).toBeGreaterThan(50.6);
    const centre = (frame.minLatitude + frame.maxLatitude) / 2;
    expect(frame.aspectRatio).toBeCloseTo(((frame.maxLongitude - frame.minLongitude) * Math.cos((centre * Math.PI) / 180)) / (frame.maxLatitude - frame.minLatitude), 6);
  });

  it('gives a lone place a frame of its own', () => {
    const frame = mapFrame([{ longitude: 4.69, latitude: 50.56 }]);
    expect(frame.maxLatitude - frame.minLatitude).toBeGreaterThan(0.5);
  });

  it('sizes the markers by population, areas in proportion', () => {
    expect([markerSize(100, 100), markerSize(0, 100), markerSize(25, 100), markerSize(5, 0)]).toEqual([40, 6, 23, 6]);
  });

  it('draws the frame on a white grid with hidden axes, the same margins across and up', () => {
    const frame = mapFrame([{ longitude: 4.69, latitude: 50.56 }]);
    expect(mapGrid(frame)).toMatchObject({
      grid: { left: '3%', right: '3%', top: '3%', bottom: '3%', backgroundColor: '#ffffff' },
      xAxis: { type: 'value', show: false, min: frame.minLongitude, max: frame.maxLongitude },
      yAxis: { type: 'value', show: false, min: frame.minLatitude, max: frame.maxLatitude },
    });
  });

  it('escapes what a tooltip shows as text', () => {
    expect(escapeHtml(`<b>"Fosses" & l'Eau</b>`)).toBe('&lt;b&gt;&quot;Fosses&quot; &amp; l&#39;Eau&lt;/b&gt;');
  });
});
