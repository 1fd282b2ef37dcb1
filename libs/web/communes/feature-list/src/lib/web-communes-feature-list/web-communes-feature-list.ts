import { Component } from '@angular/core';

@Component({
  selector: 'bep-web-communes-feature-list',
  imports: [],
  templateUrl: './web-communes-feature-list.html',
  styleUrl: './web-communes-feature-list.css'
})
export class WebCommunesFeatureList {}
