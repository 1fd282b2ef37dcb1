import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CampaignsApi } from './campaigns-api';

describe('CampaignsApi', () => {
  it('reads the current campaign', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    TestBed.inject(CampaignsApi).current().subscribe();
    const request = http.expectOne('/api/campaigns/current');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys()).toEqual([]);
    http.verify();
  });
});
