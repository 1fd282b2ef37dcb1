import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebCommunesDataAccess } from './web-communes-data-access';

describe('WebCommunesDataAccess', () => {
  let component: WebCommunesDataAccess;
  let fixture: ComponentFixture<WebCommunesDataAccess>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebCommunesDataAccess]
    }).compileComponents();

    fixture = TestBed.createComponent(WebCommunesDataAccess);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
