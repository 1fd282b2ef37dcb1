import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebCommunesFeatureList } from './web-communes-feature-list';

describe('WebCommunesFeatureList', () => {
  let component: WebCommunesFeatureList;
  let fixture: ComponentFixture<WebCommunesFeatureList>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebCommunesFeatureList]
    }).compileComponents();

    fixture = TestBed.createComponent(WebCommunesFeatureList);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
